import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/card";
import type { StatementEntry } from "@/lib/domain/statement";
import { formatDate } from "@/lib/i18n/format";
import { formatPaise } from "@/lib/money";
import { Badge } from "@/components/ui/badge";
import { BILL_TONE } from "./pill";

/** The read-only statement behind a shared link: every entry, newest first, with the running due. */
export async function SharedStatementTable({ entries, timeZone }: { entries: StatementEntry[]; timeZone: string }) {
  const [t, ts, tm, locale] = await Promise.all([
    getTranslations("bills.shared"),
    getTranslations("bills.status"),
    getTranslations("bills.method"),
    getLocale(),
  ]);
  if (!entries.length) return <EmptyState title={t("empty")} />;
  const money = (p: number) => formatPaise(p, locale);
  return (
    <ul className="flex flex-col divide-y divide-stone-100 rounded-xl bg-white ring-1 ring-stone-200">
      {[...entries].reverse().map((e) => (
        <li key={e.id} data-testid="shared-entry" className="flex items-start justify-between gap-3 px-4 py-3">
          <div className="min-w-0">
            <p className="font-medium">
              {e.type === "CREDIT_SALE"
                ? t("creditSale")
                : e.type === "PAYMENT"
                  ? t("payment", { method: tm(e.method) })
                  : e.type === "RETURN"
                    ? t("return")
                    : t("void")}
            </p>
            <p className="text-sm text-stone-600">{formatDate(e.occurredAt, locale, timeZone, true)}</p>
            {e.bill ? (
              <p className="mt-1">
                <Badge tone={BILL_TONE[e.bill.status]}>{ts(e.bill.status)}</Badge>
              </p>
            ) : null}
          </div>
          <div className="shrink-0 text-right">
            <p className={`font-semibold tabular-nums ${e.signedPaise > 0 ? "text-red-700" : "text-green-700"}`}>
              {money(e.signedPaise)}
            </p>
            <p className="text-xs text-stone-600">{t("balance", { amount: money(e.balanceAfterPaise) })}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
