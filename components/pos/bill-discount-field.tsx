"use client";
// A discount on the whole bill, in percent or rupees, set on the confirm sheet. Who may give
// how much is the staff permissions' rule (the counter issue).
import { useTranslations } from "next-intl";
import { useState } from "react";
import { parseRupeesToPaise } from "@/lib/money";
import type { SalePayload } from "@/lib/pos/sale-payload";

type Discount = SalePayload["discount"];

export function BillDiscountField({
  discount,
  onChange,
  disabled,
}: {
  discount: Discount;
  onChange: (d: Discount) => void;
  disabled?: boolean;
}) {
  const t = useTranslations("gst.pos");
  const [mode, setMode] = useState<"percent" | "amount">(discount && "amountPaise" in discount ? "amount" : "percent");
  const [text, setText] = useState("");

  function apply(value: string, m = mode) {
    setText(value);
    const v = value.trim();
    if (!v) return onChange(undefined);
    if (m === "percent") {
      const p = Number(v);
      if (Number.isFinite(p) && p > 0 && p <= 100) onChange({ percent: Math.round(p * 100) / 100 });
    } else {
      const paise = parseRupeesToPaise(v);
      if (paise && paise > 0) onChange({ amountPaise: paise });
    }
  }

  return (
    <div className="flex flex-wrap items-end gap-2">
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-800">
        {t("billDiscount")}
        <input
          inputMode="decimal"
          value={text}
          disabled={disabled}
          onChange={(e) => apply(e.target.value)}
          data-testid="pos-bill-discount"
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
