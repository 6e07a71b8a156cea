"use client";
// The counter while its route loads (app/merchant/pos/loading.tsx): the very screen a new sale
// starts from (₹0, the keys, the search box, guest, Cash, Charge greyed out), wired to
// nothing. The first paint already shows the counter where it will be, and nothing moves
// when the live one takes its place.
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { EMPTY_CALC, evaluate } from "@/lib/pos/calculator";
import type { PosProduct } from "@/lib/pos/pos-data";
import { AmountDisplay } from "./amount-display";
import { CartLines } from "./cart-lines";
import { CustomerPicker } from "./customer-picker";
import { Keypad } from "./keypad";
import { MethodPicker } from "./method-picker";
import { ProductSearch } from "./product-search";

/** The counter's two columns (stacked on a phone); PosScreen uses the same. */
export const POS_GRID = "flex flex-col gap-4 md:grid md:grid-cols-[minmax(0,1fr)_minmax(0,1.15fr)] md:items-start";

const noop = () => {};
const NO_PRODUCTS = new Map<string, PosProduct>();

export function PosSkeleton() {
  const t = useTranslations("pos");
  return (
    <div className={POS_GRID} aria-busy="true" data-testid="pos-loading">
      <section className="flex flex-col gap-3" aria-label={t("keypad.label")}>
        <AmountDisplay tokens={EMPTY_CALC.tokens} result={evaluate(EMPTY_CALC.tokens)} />
        <Keypad onKey={noop} />
      </section>
      <section className="flex flex-col gap-3" aria-label={t("cart.title")}>
        <ProductSearch products={null} onAdd={noop} />
        <CartLines cart={[]} byId={NO_PRODUCTS} calcPaise={0} totalPaise={0} onQuantity={noop} />
        <CustomerPicker
          customers={[]}
          searchServer={false}
          customer={null}
          newCustomer={null}
          open={false}
          onOpen={noop}
          onPick={noop}
        />
        <MethodPicker value="CASH" onChange={noop} />
        <Button type="button" size="lg" className="min-h-16 text-2xl" disabled>
          {t("chargeEmpty")}
        </Button>
      </section>
    </div>
  );
}
