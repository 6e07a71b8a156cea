"use client";
// Return some or all lines of a bill: how many of each (never more than sold less earlier
// returns: the server decides), and where the money goes. One clientId per opened form, so a
// double tap or a retry makes one credit note.
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { returnItemsAction } from "@/app/merchant/sales/actions";
import { Button } from "@/components/ui/button";
import { formatPaise } from "@/lib/money";

type Line = { productId: string; name: string; returnable: number };
const REFUNDS = ["cash", "upi", "card", "tab"] as const;

export function ReturnForm({ saleId, lines, canTab }: { saleId: string; lines: Line[]; canTab: boolean }) {
  const t = useTranslations("gst.returns");
  const tv = useTranslations("validation");
  const locale = useLocale();
  const router = useRouter();
  const [clientId] = useState(() => crypto.randomUUID());
  const [qty, setQty] = useState<Record<string, number>>({});
  const [refund, setRefund] = useState<(typeof REFUNDS)[number]>("cash");
  const [result, setResult] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (!lines.some((l) => l.returnable > 0)) return null;

  function submit() {
    const items = Object.entries(qty)
      .filter(([, q]) => q > 0)
      .map(([productId, quantity]) => ({ productId, quantity }));
    if (!items.length) return setResult(tv("return_nothing"));
    start(async () => {
      const r = await returnItemsAction(saleId, { clientId, items, refund });
      if (r.ok) {
        setResult(t("done", { number: r.number, amount: formatPaise(r.amountPaise, locale) }));
        router.refresh();
      } else setResult(tv.has(r.code) ? tv(r.code) : t("failed"));
    });
  }

  return (
    <section
      id="return"
      className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-stone-200 print:hidden"
      data-testid="return-form"
    >
      <h2 className="font-semibold">{t("title")}</h2>
      {lines.map((l) => (
        <label key={l.productId} className="flex items-center justify-between gap-3 text-sm">
          <span>
            {l.name} <span className="text-stone-500">({t("upTo", { n: l.returnable })})</span>
          </span>
          <input
            type="number"
            min={0}
            max={l.returnable}
            value={qty[l.productId] ?? 0}
            onChange={(e) => setQty({ ...qty, [l.productId]: Math.max(0, Math.trunc(Number(e.target.value) || 0)) })}
            className="w-20 rounded-lg border border-stone-300 px-2 py-1 text-right"
            aria-label={t("quantityOf", { name: l.name })}
          />
        </label>
      ))}
      <label className="flex items-center justify-between gap-3 text-sm">
        {t("refund")}
        <select
          value={refund}
          onChange={(e) => setRefund(e.target.value as (typeof REFUNDS)[number])}
          className="rounded-lg border border-stone-300 bg-white px-2 py-1"
        >
          {REFUNDS.filter((r) => r !== "tab" || canTab).map((r) => (
            <option key={r} value={r}>
              {t(`refunds.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <Button type="button" disabled={pending} onClick={submit} data-testid="return-submit">
        {t("submit")}
      </Button>
      {result ? (
        <p role="status" className="text-sm text-stone-800" data-testid="return-result">
          {result}
        </p>
      ) : null}
    </section>
  );
}
