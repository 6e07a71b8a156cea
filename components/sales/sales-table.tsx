import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table } from "@/components/ui/table";
import type { SalesRow } from "@/lib/queries/sales-history";
import { voidableNow } from "@/lib/gst/deadlines";
import { formatDate } from "@/lib/i18n/format";
import { formatPaise } from "@/lib/money";
import type { SalesView } from "@/lib/queries/sales";
import { salesHref } from "./sales-href";
import { VoidSaleButton } from "./void-sale-button";

/** One page of the history. Voided sales stay, struck through and marked; a live sale can be voided here. */
export async function SalesTable({ rows, view, timeZone }: { rows: SalesRow[]; view: SalesView; timeZone: string }) {
  const [t, tt, tm, locale] = await Promise.all([
    getTranslations("sales"),
    getTranslations("sales.type"),
    getTranslations("sales.method"),
    getLocale(),
  ]);
  const money = (p: number) => formatPaise(p, locale);
  const now = new Date();
  return (
    <Table
      columns={[
        { label: t("col.when") },
        { label: t("col.type") },
        { label: t("col.method"), hideBelow: "sm" },
        { label: t("col.customer") },
        { label: t("col.items"), hideBelow: "md" },
        { label: t("col.amount"), align: "right" },
        { label: t("col.actions") },
      ]}
    >
      {rows.map((r) => {
        const when = formatDate(r.occurredAt, locale, timeZone, true);
        const isSale = r.type === "SALE" || r.type === "CREDIT_SALE";
        return (
          <tr
            key={r.id}
            data-testid="sale-row"
            data-sale-id={r.id}
            data-method={r.method}
            data-voided={r.voided ? "true" : undefined}
            className={r.voided ? "bg-stone-50 text-stone-500" : ""}
          >
            <td className="whitespace-nowrap px-3 py-3">{when}</td>
            <td className="px-3 py-3">
              <div className="flex flex-wrap items-center gap-1">
                <span>{tt(r.type)}</span>
                {r.voided ? (
                  <Badge tone="red" testId="voided-badge">
                    {t("voided")}
                  </Badge>
                ) : null}
              </div>
              <span className="text-xs text-stone-500 sm:hidden">{tm(r.method)}</span>
              {r.billNumber ? (
                <span className="block font-mono text-xs text-stone-600" data-testid="bill-number">
                  {r.billNumber}
                </span>
              ) : null}
            </td>
            <td className="hidden px-3 py-3 sm:table-cell">{tm(r.method)}</td>
            <td className="px-3 py-3">
              {r.customerId ? (
                <Link
                  href={salesHref(view, { customerId: r.customerId, page: 1 })}
                  className="inline-flex min-h-11 items-center text-brand-700 underline-offset-2 hover:underline"
                >
                  {r.customerName}
                </Link>
              ) : (
                <span className="text-stone-600">{t("walkIn")}</span>
              )}
            </td>
            {/* Seeded and calculator-only bills may have no lines: show nothing rather than "0 items". */}
            <td className="hidden whitespace-nowrap px-3 py-3 md:table-cell">
              {isSale ? (r.itemsCount > 0 ? t("itemsCount", { count: r.itemsCount }) : t("quickSale")) : null}
            </td>
            <td
              data-testid="sale-amount"
              className={`whitespace-nowrap px-3 py-3 text-right font-medium tabular-nums ${r.voided ? "line-through" : ""}`}
            >
              {money(r.amountPaise)}
            </td>
            <td className="px-3 py-3">
              {isSale ? (
                <div className="flex flex-wrap items-center gap-2">
                  <Link
                    href={`/merchant/sales/${r.id}/receipt`}
                    className="inline-flex min-h-11 min-w-11 items-center font-medium text-brand-700 underline"
                  >
                    {t("openReceipt")}
                  </Link>
                  {r.voided ? null : voidableNow(r.occurredAt, now, timeZone) ? (
                    <VoidSaleButton saleId={r.id} amountText={money(r.amountPaise)} dateText={when} />
                  ) : (
                    // After the sale's own day a void is refused: goods come back as a return.
                    <Link
                      href={`/merchant/sales/${r.id}/receipt#return`}
                      className="inline-flex min-h-11 min-w-11 items-center text-sm font-medium text-brand-700 underline"
                      data-testid="sale-return-link"
                    >
                      {t("returnInstead")}
                    </Link>
                  )}
                </div>
              ) : null}
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
