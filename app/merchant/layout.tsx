import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/shell/app-shell";
import { MERCHANT_NAV, MERCHANT_MOBILE, navItems } from "@/components/shell/nav";
import { ShopIdProvider } from "@/components/shell/shop-id";
import { requireMerchantPage } from "@/lib/auth/session";

// Every merchant screen passes through this guard; actions re-check on their own.
export default async function MerchantLayout({ children }: { children: React.ReactNode }) {
  const { user, merchant } = await requireMerchantPage();
  const t = await getTranslations("nav");
  const items = navItems(MERCHANT_NAV, t);
  const mobileItems = items.filter((i) => MERCHANT_MOBILE.includes(i.href));
  return (
    <AppShell title={merchant.shopName} userName={user.name} items={items} mobileItems={mobileItems}>
      <ShopIdProvider merchantId={merchant.id}>{children}</ShopIdProvider>
    </AppShell>
  );
}
