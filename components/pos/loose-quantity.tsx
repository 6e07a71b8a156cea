"use client";
// A loose item's line at the counter: the weight (or volume) typed with 3 decimals, or a rupee
// amount that buys it ("₹50 of sugar": the weight is worked out, the price rounded once).
import { useTranslations } from "next-intl";
import { useState } from "react";
import { fromMilli, milliForAmount, toMilli } from "@/lib/quantity";

const UNIT_LABEL: Record<string, string> = { KG: "kg", G: "g", LITRE: "L", ML: "ml" };
const field =
  "h-12 w-24 rounded-lg border border-stone-300 px-2 text-right text-lg tabular-nums focus:border-brand-600 focus:outline-none";

export function LooseQuantity({
  name,
  unit,
  quantity,
  pricePaise,
  disabled,
  onQuantity,
}: {
  name: string;
  unit: string;
  quantity: number;
  pricePaise: number;
  disabled?: boolean;
  onQuantity: (q: number) => void;
}) {
  const t = useTranslations("pos.cart");
  // The typed text is kept while typing ("0.2" on the way to "0.25"); the cart holds the number.
  const [text, setText] = useState<string | null>(null);
  const [rupees, setRupees] = useState("");
  const shown = text ?? String(quantity);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="flex items-center gap-1 text-sm">
        <span className="sr-only">{t("weight", { name })}</span>
        <input
          className={field}
          inputMode="decimal"
          disabled={disabled}
          value={shown}
          data-testid="pos-loose-qty"
          aria-label={t("weight", { name })}
          onChange={(e) => {
            const v = e.target.value.replace(",", ".");
            if (!/^\d{0,5}(\.\d{0,3})?$/.test(v)) return;
            setText(v);
            setRupees("");
            const m = toMilli(Number(v));
            if (v && m !== null && m > 0) onQuantity(fromMilli(m));
          }}
          onBlur={() => setText(null)}
        />
        <span className="w-6 text-stone-600">{UNIT_LABEL[unit] ?? ""}</span>
      </label>
      <label className="flex items-center gap-1 text-sm">
        <span aria-hidden>₹</span>
        <input
          className={field}
          inputMode="decimal"
          disabled={disabled}
          value={rupees}
          placeholder={t("amountOf")}
          data-testid="pos-loose-amount"
          aria-label={t("amountFor", { name })}
          onChange={(e) => {
            const v = e.target.value.replace(",", ".");
            if (!/^\d{0,6}(\.\d{0,2})?$/.test(v)) return;
            setRupees(v);
            setText(null);
            const paise = Math.round(Number(v) * 100);
            const m = milliForAmount(paise, pricePaise);
            if (m > 0) onQuantity(fromMilli(m));
          }}
        />
      </label>
    </div>
  );
}
