import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/card";
import type { CustomerBill, CustomerPayment } from "@/lib/queries/customer-bills";
import { formatDate } from "@/lib/i18n/format";
import { formatPaise } from "@/lib/money";
import { formatQuantity } from "@/lib/quantity";
import { EntryDisputes } from "./entry-disputes";
import { Badge } from "@/components/ui/badge";
import { BILL_TONE } from "./pill";

/** Each credit sale as a bill, newest first, with what is paid of it (the server's FIFO split). */
export async function BillList({ bills, timeZone }: { bills: CustomerBill[]; timeZone: string }) {
  const [t, ts, locale] = await Promise.all([
    getTranslations("bills.shop"),
    getTranslations("bills.status"),
    getLocale(),
  ]);
  if (!bills.length) return <EmptyState title={t("noBills")} />;
  const money = (p: number) => formatPaise(p, locale);
  return (
    <ul className="flex flex-col gap-3">
      {bills.map((b) => (
        <li
          key={b.id}
          data-testid="bill"
          data-bill-id={b.id}
          data-status={b.status}
          data-paid={b.paidPaise}
          data-left={b.duePaise}
          className={`rounded-xl bg-white p-4 ring-1 ring-stone-200 ${b.status === "voided" ? "opacity-70" : ""}`}
        >
          <div className="flex items-start justify-between gap-3">
            <div className="min-w-0">
              <p className="text-sm text-stone-600">{formatDate(b.occurredAt, locale, timeZone, true)}</p>
              <p className={`text-lg font-semibold tabular-nums ${b.status === "voided" ? "line-through" : ""}`}>
                {money(b.amountPaise)}
              </p>
            </div>
            <Badge tone={BILL_TONE[b.status]} testId={`bill-status-${b.status}`}>
              {ts(b.status)}
            </Badge>
          </div>
          {b.status === "partly_paid" || b.status === "paid" ? (
            <p className="mt-1 text-sm text-stone-700">
              {t("paidSoFar", { paid: money(b.paidPaise), amount: money(b.amountPaise) })}
              {b.duePaise > 0 ? (
                <>
                  {" "}
                  · <span className="font-medium text-red-700">{t("left", { amount: money(b.duePaise) })}</span>
                </>
              ) : null}
            </p>
          ) : null}
          {b.items.length ? (
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer text-brand-700">{t("items", { count: b.items.length })}</summary>
              <ul className="mt-1 divide-y divide-stone-100">
                {b.items.map((i, n) => (
                  <li key={n} className="flex justify-between gap-2 py-1">
                    <span className="min-w-0 truncate">
                      {t("itemLine", { name: i.name, quantity: formatQuantity(i.quantityMilli, i.unit) })}
                    </span>
                    <span className="tabular-nums">{money(i.lineTotalPaise)}</span>
                  </li>
                ))}
              </ul>
            </details>
          ) : (
            <p className="mt-1 text-sm text-stone-500">{b.note ?? t("noItems")}</p>
          )}
          {b.status === "voided" ? null : <EntryDisputes transactionId={b.id} disputes={b.disputes} />}
        </li>
      ))}
    </ul>
  );
}

/** Money the shop recorded as received, newest first. */
export async function PaymentList({ payments, timeZone }: { payments: CustomerPayment[]; timeZone: string }) {
  const [t, tm, locale] = await Promise.all([
    getTranslations("bills.shop"),
    getTranslations("bills.method"),
    getLocale(),
  ]);
  if (!payments.length) return <EmptyState title={t("noPayments")} />;
  return (
    <ul className="flex flex-col gap-2">
      {payments.map((p) => (
        <li key={p.id} data-testid="payment" className="rounded-xl bg-white p-4 ring-1 ring-stone-200">
          <div className="flex items-center justify-between gap-3">
            <div>
              <p className="font-medium">{t("payment", { method: tm(p.method) })}</p>
              <p className="text-sm text-stone-600">{formatDate(p.occurredAt, locale, timeZone, true)}</p>
            </div>
            <p className="font-semibold tabular-nums text-green-700">{formatPaise(p.amountPaise, locale)}</p>
          </div>
          <EntryDisputes transactionId={p.id} disputes={p.disputes} />
        </li>
      ))}
    </ul>
  );
}
