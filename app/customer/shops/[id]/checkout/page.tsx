import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CheckoutForm } from "@/components/cart/checkout-form";
import { requireRolePage } from "@/lib/auth/session";
import { getCheckoutShop } from "@/lib/queries/shops";

type Props = { params: Promise<{ id: string }> };

export default async function CheckoutPage({ params }: Props) {
  const [user, { id }] = await Promise.all([requireRolePage("CUSTOMER"), params]);
  const [shop, t] = await Promise.all([getCheckoutShop(id, user.id), getTranslations("cart")]);
  if (!shop) notFound();
  return (
    <div className="flex flex-col gap-4">
      <Link href={`/customer/shops/${shop.id}`} className="text-sm text-brand-700 underline">
        {t("backToShop", { shop: shop.shopName })}
      </Link>
      <h1 className="text-2xl font-semibold">{t("title", { shop: shop.shopName })}</h1>
      {/* The cart lives in this device's storage, so the form reads it in the browser. */}
      <CheckoutForm shop={shop} />
    </div>
  );
}
