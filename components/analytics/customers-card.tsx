import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { CustomerRow } from "@/lib/queries/analytics";
import { formatPaise } from "@/lib/money";
import { distinctNames } from "@/lib/people";
import { AnalyticsCard } from "./analytics-card";
import { formatCount } from "./format";

export function CustomersCard({ rows, exportQuery }: { rows: CustomerRow[]; exportQuery: string }) {
  const t = useTranslations("analytics.customers");
  const locale = useLocale();
  const names = distinctNames(rows); // two "Harish Menon"s get their phone's last digits
  return (
    <AnalyticsCard id="customers" exportQuery={exportQuery}>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-sm text-stone-600">
          {t("none")}
        </p>
      ) : (
        <table className="w-full text-sm">
          <thead className="text-left text-xs text-stone-600">
            <tr>
              <th scope="col" className="w-10 py-1 font-medium">
                {t("rank")}
              </th>
              <th scope="col" className="py-1 font-medium">
                {t("name")}
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                {t("sales")}
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                {t("spend")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.customerId} className="border-t border-stone-100">
                <td className="py-1.5 tabular-nums text-stone-500">{i + 1}</td>
                <td className="py-1.5">
                  <Link
                    href={`/merchant/customers/${r.customerId}`}
                    className="font-medium text-stone-800 hover:underline"
                  >
                    {names[i]}
                  </Link>
                </td>
                <td className="py-1.5 text-right tabular-nums">{formatCount(r.count, locale)}</td>
                <td className="py-1.5 text-right font-semibold tabular-nums">{formatPaise(r.spendPaise, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AnalyticsCard>
  );
}
