import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { AGE_BUCKETS, type OutstandingDues } from "@/lib/queries/analytics";
import { formatPaise } from "@/lib/money";
import { distinctNames } from "@/lib/people";
import { AnalyticsCard } from "./analytics-card";
import { formatDay } from "./format";

const BUCKET_KEYS = { "0-30": "b0", "31-60": "b1", "61-90": "b2", "90+": "b3" } as const;
const BUCKET_TONE = {
  "0-30": "bg-stone-50",
  "31-60": "bg-amber-50",
  "61-90": "bg-orange-50",
  "90+": "bg-red-50",
} as const;

/** Who owes the shop, the ten largest dues and how old they are (oldest unpaid bill, FIFO). */
export function DuesCard({ data }: { data: OutstandingDues }) {
  const t = useTranslations("analytics.dues");
  const locale = useLocale();
  const names = distinctNames(data.top); // two "Harish Menon"s get their phone's last digits
  return (
    <AnalyticsCard id="dues">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <p className="text-sm text-stone-600">{t("total")}</p>
          <p className="text-3xl font-semibold tabular-nums" data-testid="dues-total">
            {formatPaise(data.totalPaise, locale)}
          </p>
          <p className="text-sm text-stone-600">{t("customers", { count: data.customers })}</p>
        </div>
        <Link href="/merchant/customers" className="text-sm font-medium text-brand-700 hover:underline">
          {t("openKhata")}
        </Link>
      </div>
      {data.customers === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-sm text-stone-600">
          {t("none")}
        </p>
      ) : (
        <>
          <h3 className="text-sm font-medium text-stone-600">{t("aging")}</h3>
          <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            {AGE_BUCKETS.map((b) => (
              <div key={b} className={`rounded-lg p-2 ${BUCKET_TONE[b]}`}>
                <dt className="text-xs text-stone-600">{t(BUCKET_KEYS[b])}</dt>
                <dd className="font-semibold tabular-nums">{formatPaise(data.buckets[b].amountPaise, locale)}</dd>
              </div>
            ))}
          </dl>
          <table className="w-full text-sm">
            <thead className="text-left text-xs text-stone-600">
              <tr>
                <th scope="col" className="py-1 font-medium">
                  {t("name")}
                </th>
                <th scope="col" className="py-1 font-medium">
                  {t("age")}
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  {t("due")}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.top.map((r, i) => (
                <tr key={r.customerId} className="border-t border-stone-100">
                  <td className="py-1.5">
                    <Link
                      href={`/merchant/customers/${r.customerId}`}
                      className="font-medium text-stone-800 hover:underline"
                    >
                      {names[i]}
                    </Link>
                  </td>
                  <td className="py-1.5 text-stone-600">
                    {t("days", { days: r.ageDays })}{" "}
                    <span className="text-xs">({formatDay(r.oldestDate, locale, true)})</span>
                  </td>
                  <td className="py-1.5 text-right font-semibold tabular-nums">{formatPaise(r.duePaise, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="text-xs text-stone-500">{t("fifo")}</p>
        </>
      )}
    </AnalyticsCard>
  );
}
