import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { VoidSaleButton } from "@/components/sales/void-sale-button";
import { EmptyState } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import type { StatementEntry } from "@/lib/domain/ledger";
import { voidableNow } from "@/lib/gst/deadlines";
import { formatDate } from "@/lib/i18n/format";
import { formatPaise } from "@/lib/money";
import type { EntryDispute } from "@/lib/queries/customers";
import { BillStatusBadge } from "./bill-status";
import { DisputeFlag } from "./dispute-flag";

/**
 * Every credit sale, payment and void with the running balance, newest first (the latest
 * is what the counter asks about). Bill states and balances are the server's, never summed here.
 */
export async function StatementTable({
  entries,
  disputes,
  timeZone,
}: {
  entries: StatementEntry[];
  disputes: Record<string, EntryDispute[]>;
  timeZone: string;
}) {
  const [t, tm, td, locale] = await Promise.all([
    getTranslations("customers"),
    getTranslations("customers.method"),
    getTranslations("customers.dispute"),
    getLocale(),
  ]);
  if (!entries.length) return <EmptyState title={t("statement.empty")}>{t("statement.emptyBody")}</EmptyState>;
  const money = (p: number) => formatPaise(p, locale);
  const now = new Date();
  const disputeLabels = {
    flag: td("flag"),
    resolved: td("resolved"),
    by: (v: { name: string; date: string; note: string }) => td("by", v),
  };

  return (
    <Table
      columns={[
        { label: t("statement.date") },
        { label: t("statement.entry") },
        { label: t("statement.amount"), align: "right" },
        { label: t("statement.balance"), align: "right" },
        { label: t("statement.bill") },
      ]}
    >
      {[...entries].reverse().map((e) => {
        const when = formatDate(e.occurredAt, locale, timeZone, true);
        const label =
          e.type === "CREDIT_SALE"
            ? t("statement.creditSale")
            : e.type === "PAYMENT"
              ? t("statement.payment", { method: tm(e.method) })
              : e.type === "RETURN"
                ? t("statement.return")
                : t("statement.void");
        return (
          <tr
            key={e.id}
            data-testid="statement-row"
            data-entry-id={e.id}
            data-type={e.type}
            className={e.bill?.status === "voided" ? "bg-stone-50 text-stone-500" : ""}
          >
            <td className="whitespace-nowrap px-3 py-3 text-stone-700">{when}</td>
            <td className="px-3 py-3">
              <span className="font-medium">{label}</span>
              {e.note ? <p className="text-xs text-stone-600">{e.note}</p> : null}
              {e.type === "VOID" ? <p className="text-xs text-stone-500">{t("statement.voidOf")}</p> : null}
              <DisputeFlag disputes={disputes[e.id] ?? []} locale={locale} timeZone={timeZone} labels={disputeLabels} />
            </td>
            <td
              data-testid="entry-amount"
              className={`whitespace-nowrap px-3 py-3 text-right tabular-nums ${e.signedPaise < 0 ? "text-green-700" : ""}`}
            >
              {e.signedPaise < 0 ? "− " : "+ "}
              {money(e.amountPaise)}
            </td>
            <td className="whitespace-nowrap px-3 py-3 text-right font-medium tabular-nums">
              {money(e.balanceAfterPaise)}
            </td>
            <td className="px-3 py-3">
              {e.bill ? (
                <div className="flex flex-col items-start gap-1">
                  <BillStatusBadge status={e.bill.status} label={t(`status.${e.bill.status}`)} />
                  {e.bill.status === "partly_paid" ? (
                    <span className="text-xs text-stone-600" data-testid="paid-so-far">
                      {t("statement.paidSoFar", { paid: money(e.bill.paidPaise), amount: money(e.amountPaise) })}
                    </span>
                  ) : null}
                  <div className="flex flex-wrap items-center gap-2">
                    <Link
                      href={`/merchant/sales/${e.id}/receipt`}
                      className="inline-flex min-h-11 min-w-11 items-center text-sm font-medium text-brand-700 underline"
                    >
                      {t("statement.receipt")}
                    </Link>
                    {e.bill.status === "voided" ? null : voidableNow(e.occurredAt, now, timeZone) ? (
                      <VoidSaleButton saleId={e.id} amountText={money(e.amountPaise)} dateText={when} />
                    ) : (
                      // After the sale's own day a void is refused: goods come back as a return.
                      <Link
                        href={`/merchant/sales/${e.id}/receipt#return`}
                        className="inline-flex min-h-11 min-w-11 items-center text-sm font-medium text-brand-700 underline"
                      >
                        {t("statement.returnInstead")}
                      </Link>
                    )}
                  </div>
                </div>
              ) : null}
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
