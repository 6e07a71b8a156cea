"use client";
import { useTranslations } from "next-intl";
import { capOf, useCart } from "./cart-store";

export type CartProduct = {
  id: string;
  name: string;
  pricePaise: number;
  unit: string;
  availability: "in_stock" | "low" | "out";
  left: number | null;
};

export const maxOf = (p: CartProduct) =>
  p.availability === "out" ? 0 : p.availability === "low" ? (p.left ?? 0) : null;

/** "Add" or a − n + stepper; never more than the shop has ("only N left"). */
export function AddToCart({ shopId, product: p }: { shopId: string; product: CartProduct }) {
  const t = useTranslations("cart");
  const { lines, add, setQuantity } = useCart(shopId);
  const line = lines.find((l) => l.productId === p.id);
  const max = maxOf(p);
  if (max === 0) return <span className="text-sm font-medium text-stone-500">{t("outOfStock")}</span>;
  const facts = { productId: p.id, name: p.name, pricePaise: p.pricePaise, unit: p.unit, max };
  if (!line) {
    return (
      <button
        type="button"
        onClick={() => add(facts)}
        aria-label={t("addNamed", { name: p.name })}
        className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
      >
        {t("add")}
      </button>
    );
  }
  const atCap = line.quantity >= capOf({ max });
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex items-center gap-1" role="group" aria-label={t("quantityOf", { name: p.name })}>
        <button
          type="button"
          onClick={() => setQuantity(p.id, line.quantity - 1)}
          aria-label={t("less", { name: p.name })}
          className="h-9 w-9 rounded-lg ring-1 ring-stone-300 hover:bg-stone-100"
        >
          −
        </button>
        <span className="w-8 text-center font-semibold tabular-nums" data-testid="cart-qty">
          {line.quantity}
        </span>
        <button
          type="button"
          onClick={() => add(facts)}
          disabled={atCap}
          aria-label={t("more", { name: p.name })}
          className="h-9 w-9 rounded-lg ring-1 ring-stone-300 hover:bg-stone-100 disabled:text-stone-300"
        >
          +
        </button>
      </div>
      {atCap && max !== null ? <span className="text-xs text-amber-800">{t("maxReached", { max })}</span> : null}
    </div>
  );
}
