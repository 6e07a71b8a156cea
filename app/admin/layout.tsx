import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/shell/app-shell";
import { ADMIN_NAV, navItems } from "@/components/shell/nav";
import { requireRolePage } from "@/lib/auth/session";

// Every admin screen passes through this guard; actions re-check on their own.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireRolePage("ADMIN");
  const t = await getTranslations("nav");
  const items = navItems(ADMIN_NAV, t);

  return (
    <AppShell title={t("adminHome")} userName={user.name} items={items}>
      {children}
    </AppShell>
  );
}
