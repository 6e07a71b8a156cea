import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/shell/app-shell";
import { CUSTOMER_NAV, CUSTOMER_MOBILE, navItems } from "@/components/shell/nav";
import { requireRolePage } from "@/lib/auth/session";

// Every customer screen passes through this guard; actions re-check on their own.
export default async function CustomerLayout({ children }: { children: React.ReactNode }) {
  const user = await requireRolePage("CUSTOMER");
  const t = await getTranslations("nav");
  const tc = await getTranslations("common");
  const items = navItems(CUSTOMER_NAV, t);
  const mobileItems = items.filter((i) => CUSTOMER_MOBILE.includes(i.href));
  return (
    <AppShell title={tc("appName")} userName={user.name} items={items} mobileItems={mobileItems}>
      {children}
    </AppShell>
  );
}
