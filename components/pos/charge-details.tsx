"use client";
// The middle of the confirm sheet, per payment method: cash change, card, the UPI QR with the
// exact amount, or the customer's tab before and after.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { UpiQr } from "@/components/upi/upi-qr";
import { formatPaise } from "@/lib/money";
import type { PosCustomer, PosShop } from "@/lib/pos/pos-data";
import type { PosMethod } from "@/lib/pos/sale-payload";
import { shopUpiUri } from "@/lib/upi";

type Props = {
  method: PosMethod;
  totalPaise: number;
  shop: PosShop;
  customer: PosCustomer | null;
  customerName: string | null;
  clientId: string;
};

/** Notes a customer is likely to hand over for this total: the next 1-3 round amounts above it. */
export function likelyTenders(totalPaise: number): number[] {
  const out: number[] = [];
  for (const step of [10_000, 50_000, 200_000]) {
    const next = Math.ceil((totalPaise + 1) / step) * step;
    if (next > totalPaise && !out.includes(next)) out.push(next);
  }
  return out.sort((a, b) => a - b).slice(0, 3);
}

export function ChargeDetails({ method, totalPaise, shop, customer, customerName, clientId }: Props) {
  const t = useTranslations("pos.confirm");
  const locale = useLocale();
  const money = (p: number) => formatPaise(p, locale);
  const amount = money(totalPaise);
  const [given, setGiven] = useState<number | null>(null);

  if (method === "CASH") {
    return (
      <div className="flex flex-col gap-3">
        <p className="text-lg">{t("cashCollect", { amount })}</p>
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-stone-600">{t("cashGiven")}</span>
          {likelyTenders(totalPaise).map((p) => (
            <button
              key={p}
              type="button"
              aria-pressed={given === p}
              onClick={() => setGiven(given === p ? null : p)}
              className={`min-h-12 rounded-lg px-4 font-semibold tabular-nums ring-1 ${given === p ? "bg-stone-800 text-white ring-stone-800" : "bg-white ring-stone-300"}`}
            >
              {money(p)}
            </button>
          ))}
        </div>
        {given ? (
          <p className="text-xl font-semibold text-brand-700" data-testid="pos-change">
            {t("change", { amount: money(given - totalPaise) })}
          </p>
        ) : null}
      </div>
    );
  }

  if (method === "CARD") return <p className="text-lg">{t("cardTake", { amount })}</p>;

  if (method === "UPI") {
    // The amount in the QR is this screen's total; the receipt shows what the server charged.
    const uri = shopUpiUri(
      { upiId: shop.upiId, upiPayeeName: shop.upiPayeeName, shopName: shop.name },
      totalPaise,
      `Bill ${clientId.slice(0, 8)}`,
    );
    if (!uri) {
      return (
        <div
          role="status"
          className="flex flex-col gap-2 rounded-lg bg-amber-50 px-4 py-3 text-amber-900 ring-1 ring-amber-200"
          data-testid="pos-upi-missing"
        >
          <p>{t("upiMissing")}</p>
          <Link href="/merchant/settings" className="font-medium underline">
            {t("upiSetup")}
          </Link>
        </div>
      );
    }
    return (
      <div className="flex flex-col items-center gap-2">
        <p className="text-lg">{t("upiScan", { amount })}</p>
        <UpiQr uri={uri} size={200} label={shop.name} />
      </div>
    );
  }

  const due = customer?.duePaise ?? 0;
  const after = due + totalPaise;
  const limit = customer?.creditLimitPaise ?? null;
  return (
    <div className="flex flex-col gap-2">
      <p className="text-lg">{t("creditAdd", { amount, name: customerName ?? "" })}</p>
      <p className="text-stone-700 tabular-nums">{t("creditDue", { due: money(due), after: money(after) })}</p>
      {limit !== null && after > limit ? (
        <p className="rounded-lg bg-amber-50 px-3 py-2 text-amber-900 ring-1 ring-amber-200">
          {t("creditOverLimit", { limit: money(limit) })}
        </p>
      ) : null}
    </div>
  );
}
