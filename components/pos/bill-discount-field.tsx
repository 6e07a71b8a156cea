"use client";
// A discount in percent or rupees: on the whole bill (the confirm sheet) or on one cart line.
// Only shown to someone with discount_over_limit; the server refuses anyone else.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { parseRupeesToPaise } from "@/lib/money";
import type { SalePayload } from "@/lib/pos/sale-payload";

type Discount = SalePayload["discount"];

type FieldProps = { discount: Discount; onChange: (d: Discount) => void; disabled?: boolean };

export function BillDiscountField(props: FieldProps) {
  const t = useTranslations("gst.pos");
  return <DiscountField {...props} label={t("billDiscount")} testId="pos-bill-discount" />;
}

/** The same field for one cart line (or the bill): percent or rupees, cleared when empty. */
export function DiscountField({
  discount,
  onChange,
  disabled,
  label,
  testId,
}: FieldProps & { label: string; testId: string }) {
  const t = useTranslations("gst.pos");
  const [mode, setMode] = useState<"percent" | "amount">(discount && "amountPaise" in discount ? "amount" : "percent");
  // Reopened on a line that has one: show it as it is, in its own unit.
  const [text, setText] = useState(() =>
    !discount ? "" : "percent" in discount ? String(discount.percent) : (discount.amountPaise / 100).toFixed(2),
  );

  function apply(value: string, m = mode) {
    setText(value);
    const v = value.trim();
    if (!v) return onChange(undefined);
    // Anything that is not a discount (0, 150 %, letters) gives none rather than keeping the last one.
    if (m === "percent") {
      const p = Number(v);
      onChange(Number.isFinite(p) && p > 0 && p <= 100 ? { percent: Math.round(p * 100) / 100 } : undefined);
    } else {
      const paise = parseRupeesToPaise(v);
      onChange(paise && paise > 0 ? { amountPaise: paise } : undefined);
    }
  }

  return (
    <div className="flex flex-wrap items-end gap-2">
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-800">
        {label}
        <input
          inputMode="decimal"
          value={text}
          disabled={disabled}
          onChange={(e) => apply(e.target.value)}
          data-testid={testId}
          className="w-28 rounded-lg border border-stone-300 px-3 py-2 text-base"
        />
      </label>
      <select
        aria-label={t("discountKind")}
        value={mode}
        disabled={disabled}
        onChange={(e) => {
          const m = e.target.value as "percent" | "amount";
          setMode(m);
          apply(text, m);
        }}
        className="rounded-lg border border-stone-300 bg-white px-3 py-2 text-base"
      >
        <option value="percent">%</option>
        <option value="amount">₹</option>
      </select>
    </div>
  );
}
