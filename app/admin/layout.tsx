import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/shell/app-shell";
import { ADMIN_NAV } from "@/components/shell/nav";
import { requireRolePage } from "@/lib/auth/session";

// Every admin screen passes through this guard; actions re-check on their own.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireRolePage("ADMIN");
  const t = await getTranslations("nav");
  const items = ADMIN_NAV.map((i) => ({ href: i.href, label: t(i.key), icon: i.icon, exact: "exact" in i ? i.exact : undefined }));

  return (
    <AppShell title={t("adminHome")} userName={user.name} items={items}>
      {children}
    </AppShell>
  );
}
