import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { SharedStatementTable } from "@/components/bills/shared-statement";
import { Card } from "@/components/ui/card";
import { readSharedStatement } from "@/lib/domain/statement-link";
import { formatDate } from "@/lib/i18n/format";
import { formatPaise } from "@/lib/money";

// Opens without signing in (outside every role layout): the signed token is the only key,
// and it shows one customer's entries at one shop. Never cached, never indexed, never leaked
// to another site through the Referer header.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

export default async function SharedStatementPage({ params }: Props) {
  const { token } = await params;
  const s = await readSharedStatement(decodeURIComponent(token));
  // Tampered, expired and revoked links all look the same: a 404 that says so, and no data.
  if (!s) notFound();
  const [t, locale] = await Promise.all([getTranslations("bills.shared"), getLocale()]);
  const tz = s.shop.timeZone;
  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-4 p-4">
      <header>
        <p className="text-sm text-stone-600">{t("readOnly")}</p>
        <h1 className="text-2xl font-semibold">{s.shop.shopName}</h1>
        <p className="text-stone-700">{t("for", { name: s.customer.name })}</p>
      </header>
      <Card>
        <p className="text-sm text-stone-600">{t("due")}</p>
        <p className="mt-1 text-3xl font-semibold tabular-nums" data-testid="shared-due">
          {formatPaise(Math.max(s.balancePaise, 0), locale)}
        </p>
        {s.shop.phone ? <p className="mt-2 text-sm text-stone-600">{t("contact", { phone: s.shop.phone })}</p> : null}
      </Card>
      <SharedStatementTable entries={s.entries} timeZone={tz} />
      <p className="text-xs text-stone-500">{t("validUntil", { date: formatDate(s.expiresAt, locale, tz, true) })}</p>
    </main>
  );
}
