"use client";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { formatPaise } from "@/lib/money";
import { useCart } from "./cart-store";

/** The cart's count and total, with the way to checkout; stays in view while browsing. */
export function CartBar({ shopId }: { shopId: string }) {
  const t = useTranslations("cart");
  const locale = useLocale();
  const { count, totalPaise } = useCart(shopId);
  if (!count) return null;
  return (
    <div className="sticky bottom-20 z-10 lg:bottom-4" data-testid="cart-bar">
      <div className="flex items-center justify-between gap-3 rounded-xl bg-stone-900 px-4 py-3 text-white shadow-lg">
        <p>
          <span className="font-semibold">{t("itemCount", { count })}</span>
          <span className="mx-2 text-stone-400">·</span>
          <span className="tabular-nums">{formatPaise(totalPaise, locale)}</span>
        </p>
        <Link
          href={`/customer/shops/${shopId}/checkout`}
          className="rounded-lg bg-brand-500 px-4 py-2 font-semibold hover:bg-brand-600"
        >
          {t("checkout")}
        </Link>
      </div>
    </div>
  );
}
