// "Needs review": offline sales applied despite short stock or a passed credit limit, each
// linking to its receipt (where it can be voided). Renders nothing when there are none.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/i18n/format";
import { formatPaise } from "@/lib/money";
import { getSalesNeedingReview } from "@/lib/queries/exceptions";

export async function NeedsReview({ merchantId, timeZone }: { merchantId: string; timeZone: string }) {
  const rows = await getSalesNeedingReview(merchantId);
  if (rows.length === 0) return null;
  const [t, tm, locale] = await Promise.all([
    getTranslations("pos.offline"),
    getTranslations("pos.method"),
    getLocale(),
  ]);
  return (
    <section
      className="rounded-lg bg-amber-50 px-4 py-3 ring-1 ring-amber-200"
      data-testid="needs-review"
      aria-labelledby="needs-review-title"
    >
      <h2 id="needs-review-title" className="font-semibold text-amber-900">
        {t("reviewTitle")}
      </h2>
      <p className="text-sm text-amber-900">{t("reviewIntro")}</p>
      <ul className="mt-2 flex flex-col gap-1 text-sm">
        {rows.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center gap-2" data-testid="needs-review-row">
            <Link
              href={`/merchant/sales/${r.id}/receipt`}
              className="inline-flex min-h-11 min-w-11 items-center font-medium text-brand-700 underline-offset-2 hover:underline"
            >
              {formatPaise(r.amountPaise, locale)}
            </Link>
            <span>{tm(r.method)}</span>
            {r.customerName ? <span>{r.customerName}</span> : null}
            <span className="text-stone-600">{formatDate(r.occurredAt, locale, timeZone, true)}</span>
            {r.stockException ? <Badge tone="red">{t("stockException")}</Badge> : null}
            {r.overLimit ? <Badge tone="red">{t("overLimit")}</Badge> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
