"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { adjustStockAction } from "@/app/merchant/inventory/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { STOCK_ADJUST_REASONS } from "@/lib/validation/product";
import { inventoryFailure } from "./failure";

type Reason = (typeof STOCK_ADJUST_REASONS)[number];
// Received and returned stock comes in; damaged goes out; a count correction may go either way.
const SIGN: Record<Reason, 1 | -1 | 0> = { RECEIVED: 1, RETURNED: 1, DAMAGED: -1, COUNT_CORRECTION: 0 };

/** A stock change with its reason: the quantity is typed as a count, the reason gives the sign. */
export function AdjustStockForm({ productId, stock }: { productId: string; stock: number }) {
  const t = useTranslations("inventory.adjust");
  const tr = useTranslations("inventory.reasons");
  const te = useTranslations("inventory.errors");
  const tv = useTranslations("validation");
  const router = useRouter();
  const [reason, setReason] = useState<Reason>("RECEIVED");
  const [qty, setQty] = useState("");
  const [note, setNote] = useState("");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();

  const sign = SIGN[reason];
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const s = qty.trim();
    // A correction may be typed as -3 or +3; the others are a plain count.
    const m = (sign === 0 ? /^[+-]?\d{1,7}$/ : /^\d{1,7}$/).exec(s);
    if (!m) {
      setFields({ delta: tv("product_delta_invalid") });
      return;
    }
    const delta = sign === 0 ? Number(s) : sign * Number(s);
    setFields({});
    start(async () => {
      try {
        const res = await adjustStockAction({ productId, delta, reason, note: note.trim() || undefined });
        if (res.ok) {
          setQty("");
          setNote("");
          setStatus({ ok: true, text: t("done", { stock: res.stock }) });
          router.refresh();
          return;
        }
        const v = inventoryFailure(te, tv, res);
        setFields(v.fields);
        setStatus({ ok: false, text: v.fields.delta ?? v.message });
      } catch {
        setStatus({ ok: false, text: te("generic") });
      }
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="adjust-title" className="flex flex-col gap-3">
      <h2 id="adjust-title" className="font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-600">{t("now", { stock })}</p>
      <fieldset className="flex flex-wrap gap-2">
        <legend className="mb-1 text-sm font-medium text-stone-800">{t("reason")}</legend>
        {STOCK_ADJUST_REASONS.map((r) => (
          <label
            key={r}
            className={`cursor-pointer rounded-lg px-3 py-2 text-sm ring-1 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500 ${reason === r ? "bg-brand-50 font-medium text-brand-700 ring-brand-500" : "ring-stone-300"}`}
          >
            <input
              type="radio"
              name="reason"
              value={r}
              checked={reason === r}
              onChange={() => setReason(r)}
              className="sr-only"
            />
            {tr(r)}
          </label>
        ))}
      </fieldset>
      <Field
        name="delta"
        label={sign === 0 ? t("change") : sign > 0 ? t("qtyIn") : t("qtyOut")}
        inputMode={sign === 0 ? "text" : "numeric"}
        autoComplete="off"
        value={qty}
        onChange={(e) => setQty(e.target.value)}
        hint={sign === 0 ? t("changeHint") : undefined}
        error={fields.delta}
      />
      <Field
        name="note"
        label={t("note")}
        maxLength={200}
        autoComplete="off"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={fields.note}
      />
      {status ? (
        <p
          role={status.ok ? "status" : "alert"}
          className={`rounded-lg px-3 py-2 text-sm ${status.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}
        >
          {status.text}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
