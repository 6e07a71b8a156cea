import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Statement } from "@/lib/domain/ledger";
import { formatPaise } from "@/lib/money";

/** The tab's headline: what is due now (from the server's sum), and the totals behind it. */
export async function BalanceCard({ statement }: { statement: Statement }) {
  const [t, locale] = await Promise.all([getTranslations("customers.page"), getLocale()]);
  const money = (p: number) => formatPaise(p, locale);
  const { balancePaise, totals, advancePaise } = statement;
  return (
    <Card className="flex flex-col gap-2">
      <p className="text-sm text-stone-600">{t("due")}</p>
      <p
        data-testid="balance-due"
        className={`text-3xl font-semibold tabular-nums ${balancePaise > 0 ? "text-red-700" : "text-stone-800"}`}
      >
        {money(Math.max(balancePaise, 0))}
      </p>
      {balancePaise <= 0 ? <p className="text-sm text-green-700">{t("nothingDue")}</p> : null}
      {advancePaise > 0 ? (
        <p className="text-sm text-stone-700">{t("advance", { amount: money(advancePaise) })}</p>
      ) : null}
      <p className="text-xs text-stone-600">
        {t("totals", {
          credit: money(totals.creditPaise),
          paid: money(totals.paidPaise),
          voided: money(totals.voidedPaise),
        })}
      </p>
    </Card>
  );
}
