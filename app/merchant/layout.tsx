import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/shell/app-shell";
import { MERCHANT_NAV, MERCHANT_MOBILE } from "@/components/shell/nav";
import { requireMerchantPage } from "@/lib/auth/session";

// Every merchant screen passes through this guard; actions re-check on their own.
export default async function MerchantLayout({ children }: { children: React.ReactNode }) {
  const { user, merchant } = await requireMerchantPage();
  const t = await getTranslations("nav");
  const items = MERCHANT_NAV.map((i) => ({ href: i.href, label: t(i.key), icon: i.icon, exact: "exact" in i ? i.exact : undefined }));
  const mobileItems = items.filter((i) => MERCHANT_MOBILE.includes(i.href));
  return (
    <AppShell title={merchant.shopName} userName={user.name} items={items} mobileItems={mobileItems}>
      {children}
    </AppShell>
  );
}
