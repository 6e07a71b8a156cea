"use client";
import { useLocale, useTranslations } from "next-intl";
import { formatPaise } from "@/lib/money";
import { capOf, type CartLine } from "./cart-store";

/** The cart's lines with − / + and remove; "+" stops at what the shop has. */
export function CartLines({
  lines,
  totalPaise,
  setQuantity,
}: {
  lines: CartLine[];
  totalPaise: number;
  setQuantity: (id: string, q: number) => void;
}) {
  const t = useTranslations("cart");
  const locale = useLocale();
  return (
    <div className="flex flex-col gap-2">
      <ul className="divide-y divide-stone-100">
        {lines.map((l) => (
          <li
            key={l.productId}
            data-testid="cart-line"
            className="flex flex-wrap items-center justify-between gap-2 py-2"
          >
            <div className="min-w-0">
              <p className="font-medium">{l.name}</p>
              <p className="text-sm text-stone-600 tabular-nums">
                {t("each", { price: formatPaise(l.pricePaise, locale) })}
              </p>
              {l.max !== null && l.max > 0 ? (
                <p className="text-xs text-amber-800">{t("onlyLeft", { left: l.max })}</p>
              ) : null}
            </div>
            <div className="flex items-center gap-2">
              <div className="flex items-center gap-1" role="group" aria-label={t("quantityOf", { name: l.name })}>
                <button
                  type="button"
                  onClick={() => setQuantity(l.productId, l.quantity - 1)}
                  aria-label={t("less", { name: l.name })}
                  className="h-9 w-9 rounded-lg ring-1 ring-stone-300 hover:bg-stone-100"
                >
                  −
                </button>
                <span className="w-8 text-center font-semibold tabular-nums" data-testid="cart-qty">
                  {l.quantity}
                </span>
                <button
                  type="button"
                  onClick={() => setQuantity(l.productId, l.quantity + 1)}
                  disabled={l.quantity >= capOf(l)}
                  aria-label={t("more", { name: l.name })}
                  className="h-9 w-9 rounded-lg ring-1 ring-stone-300 hover:bg-stone-100 disabled:text-stone-300"
                >
                  +
                </button>
              </div>
              <span className="w-24 text-right font-semibold tabular-nums">
                {formatPaise(l.pricePaise * l.quantity, locale)}
              </span>
              <button
                type="button"
                onClick={() => setQuantity(l.productId, 0)}
                className="text-sm text-red-700 underline"
              >
                {t("remove")}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <p className="flex justify-between border-t border-stone-300 pt-2 text-lg font-semibold">
        <span>{t("total")}</span>
        <span className="tabular-nums" data-testid="cart-total">
          {formatPaise(totalPaise, locale)}
        </span>
      </p>
    </div>
  );
}
