import { getLocale, getTranslations } from "next-intl/server";
import type { CustomerClaim } from "@/lib/queries/customer-bills";
import { formatDate } from "@/lib/i18n/format";
import { formatPaise } from "@/lib/money";
import { Badge } from "@/components/ui/badge";
import { CLAIM_TONE } from "./pill";

/** "I have paid" claims and the shop's answers. Pending ones first: they explain why the due has not moved. */
export async function ClaimList({ claims, timeZone }: { claims: CustomerClaim[]; timeZone: string }) {
  if (!claims.length) return null;
  const [t, locale] = await Promise.all([getTranslations("bills.claims"), getLocale()]);
  const ordered = [...claims].sort((a, b) => Number(b.status === "PENDING") - Number(a.status === "PENDING"));
  return (
    <section aria-labelledby="claims-title" className="flex flex-col gap-2">
      <h2 id="claims-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <ul className="flex flex-col gap-2">
        {ordered.map((c) => (
          <li
            key={c.id}
            data-testid={`claim-${c.status.toLowerCase()}`}
            className="flex flex-col gap-1 rounded-xl bg-white p-3 ring-1 ring-stone-200"
          >
            <div className="flex items-center justify-between gap-2">
              <span className="font-semibold tabular-nums">{formatPaise(c.amountPaise, locale)}</span>
              <Badge tone={CLAIM_TONE[c.status]}>{t(c.status)}</Badge>
            </div>
            <p className="text-sm text-stone-600">{formatDate(c.createdAt, locale, timeZone, true)}</p>
            {c.status === "REJECTED" && c.note ? (
              <p className="text-sm text-stone-700">{t("shopNote", { note: c.note })}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
