"use client";
// The running bill: product lines with − / + quantity, the keypad amount, and the total.
// Prices are the snapshot's; the server prices the sale again when it is charged.
import { X } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { formatPaise } from "@/lib/money";
import { cartLineNetPaise, cartLinePaise, type CartDiscount, type CartLine } from "@/lib/pos/cart";
import { DiscountField } from "./bill-discount-field";
import { formatQuantity, isWeighed, toMilli } from "@/lib/quantity";
import { LooseQuantity } from "./loose-quantity";
import type { PosProduct } from "@/lib/pos/pos-data";

type Props = {
  cart: CartLine[];
  byId: Map<string, PosProduct>;
  calcPaise: number;
  totalPaise: number;
  onQuantity: (productId: string, quantity: number) => void;
  /** Only for someone with discount_over_limit: a per-line discount. */
  onDiscount?: (productId: string, discount: CartDiscount | undefined) => void;
  disabled?: boolean;
};

const qtyButton =
  "flex h-12 w-12 shrink-0 touch-manipulation items-center justify-center rounded-lg bg-stone-100 text-xl font-semibold ring-1 ring-stone-300 active:bg-stone-200 disabled:opacity-50";

export function CartLines({ cart, byId, calcPaise, totalPaise, onQuantity, onDiscount, disabled }: Props) {
  const t = useTranslations("pos.cart");
  const tg = useTranslations("gst.pos");
  // The line whose discount field is open (one at a time keeps the list short on a phone).
  const [discountFor, setDiscountFor] = useState<string | null>(null);
  const locale = useLocale();
  const money = (p: number) => formatPaise(p, locale);
  // Loose goods count as one item each (0.25 kg of dal is one thing in the bag).
  const count = cart.reduce((n, l) => n + (isWeighed(byId.get(l.productId)?.unit ?? "PIECE") ? 1 : l.quantity), 0);
  return (
    <section aria-label={t("title")} className="flex min-h-0 flex-col rounded-xl bg-white ring-1 ring-stone-200">
      {cart.length ? (
        <ul className="max-h-[38vh] divide-y divide-stone-100 overflow-auto" data-testid="pos-cart">
          {cart.map((l) => {
            const p = byId.get(l.productId);
            if (!p) return null;
            const loose = isWeighed(p.unit);
            // Warn now, not after "Cash received": the shop decides whether to sell past it.
            const short = l.quantity > p.stock;
            return (
              <li key={l.productId} className="px-3 py-2">
                {/* Name and line total on top, so a long product name is never cut to "Magg…". */}
                <div className="flex items-start justify-between gap-3">
                  <p className="min-w-0 font-medium break-words">{p.name}</p>
                  <span className="shrink-0 font-semibold tabular-nums" data-testid="pos-line-total">
                    {money(cartLineNetPaise(l, p))}
                  </span>
                </div>
                {l.discount ? (
                  <p className="text-sm text-emerald-800 tabular-nums" data-testid="pos-line-discount">
                    {tg("lineDiscountShown", { amount: money(cartLinePaise(l, p) - cartLineNetPaise(l, p)) })}
                  </p>
                ) : null}
                {short ? (
                  <p role="status" className="text-sm text-amber-800" data-testid="pos-short-stock">
                    {p.stock > 0
                      ? t("shortStock", { left: formatQuantity(toMilli(p.stock) ?? 0, p.unit) })
                      : t("noStock")}
                  </p>
                ) : null}
                {loose ? (
                  <div className="mt-1 flex items-center gap-2">
                    <span className="flex-1 text-xs text-stone-600 tabular-nums">
                      {t("perUnit", {
                        price: money(p.pricePaise),
                        unit: formatQuantity(1000, p.unit).replace(/^[\d.]+ /, ""),
                      })}
                    </span>
                    <LooseQuantity
                      name={p.name}
                      unit={p.unit}
                      quantity={l.quantity}
                      pricePaise={p.pricePaise}
                      disabled={disabled}
                      onQuantity={(q) => onQuantity(l.productId, q)}
                    />
                    <button
                      type="button"
                      className="h-12 w-12 shrink-0 rounded-lg text-stone-500 hover:bg-stone-100 hover:text-red-700"
                      disabled={disabled}
                      aria-label={t("remove", { name: p.name })}
                      onClick={() => onQuantity(l.productId, 0)}
                    >
                      <X aria-hidden className="mx-auto size-5" />
                    </button>
                  </div>
                ) : (
                  <div className="mt-1 flex items-center gap-2">
                    <span className="flex-1 text-xs text-stone-600 tabular-nums">{money(p.pricePaise)}</span>
                    <button
                      type="button"
                      className={qtyButton}
                      disabled={disabled}
                      aria-label={t("decrease", { name: p.name })}
                      onClick={() => onQuantity(l.productId, l.quantity - 1)}
                    >
                      −
                    </button>
                    <span
                      className="w-10 text-center text-lg font-semibold tabular-nums"
                      aria-label={t("quantity", { name: p.name })}
                    >
                      {l.quantity}
                    </span>
                    <button
                      type="button"
                      className={qtyButton}
                      disabled={disabled}
                      aria-label={t("increase", { name: p.name })}
                      onClick={() => onQuantity(l.productId, l.quantity + 1)}
                    >
                      +
                    </button>
                    <button
                      type="button"
                      className="h-12 w-12 shrink-0 rounded-lg text-stone-500 hover:bg-stone-100 hover:text-red-700"
                      disabled={disabled}
                      aria-label={t("remove", { name: p.name })}
                      onClick={() => onQuantity(l.productId, 0)}
                    >
                      <X aria-hidden className="mx-auto size-5" />
                    </button>
                  </div>
                )}
                {onDiscount ? (
                  <div className="mt-1 flex flex-wrap items-end gap-2">
                    <button
                      type="button"
                      className="min-h-11 rounded-lg px-2 text-sm font-medium text-brand-700 underline disabled:opacity-50"
                      disabled={disabled}
                      aria-expanded={discountFor === l.productId}
                      onClick={() => setDiscountFor(discountFor === l.productId ? null : l.productId)}
                      data-testid="pos-line-discount-toggle"
                    >
                      {tg("lineDiscount")}
                    </button>
                    {discountFor === l.productId ? (
                      <DiscountField
                        discount={l.discount}
                        onChange={(d) => onDiscount(l.productId, d)}
                        disabled={disabled}
                        label={tg("lineDiscountOf", { name: p.name })}
                        testId="pos-line-discount-input"
                      />
                    ) : null}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="px-4 py-3 text-sm text-stone-600">{t("empty")}</p>
      )}
      <dl className="mt-auto border-t border-stone-200 px-4 py-2 text-sm">
        {cart.length && calcPaise > 0 ? (
          <>
            <div className="flex justify-between">
              <dt>{t("items", { count })}</dt>
              <dd className="tabular-nums">{money(totalPaise - calcPaise)}</dd>
            </div>
            <div className="flex justify-between">
              <dt>{t("keypadAmount")}</dt>
              <dd className="tabular-nums">{money(calcPaise)}</dd>
            </div>
          </>
        ) : null}
        <div className="flex justify-between text-lg font-semibold">
          <dt>{t("total")}</dt>
          <dd className="tabular-nums" data-testid="pos-total">
            {money(totalPaise)}
          </dd>
        </div>
      </dl>
    </section>
  );
}
