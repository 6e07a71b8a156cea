import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BalanceCard } from "@/components/customers/balance-card";
import { Badge } from "@/components/ui/badge";
import { CreditLimitForm } from "@/components/customers/credit-limit-form";
import { PaymentForm } from "@/components/customers/payment-form";
import { StatementTable } from "@/components/customers/statement-table";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { requireMerchantPage } from "@/lib/auth/session";
import { getCustomerPage } from "@/lib/queries/customers";
import { TabTools } from "@/components/tab-tools/tab-tools";
import { getTabTools } from "@/lib/queries/bills";
import { tabDeletionView } from "@/lib/queries/my-data";
import { CarryOutDeletion } from "@/components/privacy/carry-out-deletion";

type Props = { params: Promise<{ id: string }> };

/** One customer's tab: due, payment received, credit limit, and the full statement. */
export default async function CustomerPage({ params }: Props) {
  const [{ merchant }, { id }, t] = await Promise.all([requireMerchantPage(), params, getTranslations("customers")]);
  // Another shop's customer (or a made-up id) is simply not there: 404, never their data.
  const data = await getCustomerPage(merchant.id, id);
  if (!data) notFound();
  const c = data.customer;
  // Claims to confirm, claim code, statement link and disputes (the customer-facing side).
  const [tools, deletion] = await Promise.all([getTabTools(merchant.id, c.id), tabDeletionView(merchant.id, c.id)]);

  return (
    <div className="flex flex-col gap-4">
      <LiveRefresh types={["sale.created", "payment.created", "sale.voided", "customer.updated"]} />
      {deletion ? <CarryOutDeletion requestId={deletion.requestId} hasBills={deletion.hasBills} /> : null}
      <div>
        <Link href="/merchant/customers" className="text-sm text-brand-700 underline">
          ← {t("page.back")}
        </Link>
        <div className="mt-1 flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-semibold">{c.name}</h1>
          <Badge tone={c.claimed ? "blue" : "stone"}>{c.claimed ? t("claimed") : t("unclaimed")}</Badge>
        </div>
        <p className="flex flex-wrap gap-x-4 text-stone-600">
          <span className="tabular-nums">{c.phone ?? t("noPhone")}</span>
          <Link href={`/merchant/sales?customerId=${c.id}`} className="text-brand-700 underline">
            {t("page.salesLink")}
          </Link>
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)_minmax(0,1fr)]">
        <BalanceCard statement={data} />
        <PaymentForm customerId={c.id} duePaise={data.balancePaise} />
        <CreditLimitForm customerId={c.id} limitPaise={c.creditLimitPaise} duePaise={data.balancePaise} />
      </div>
      {tools ? <TabTools data={tools} timeZone={merchant.timeZone} /> : null}
      <section aria-labelledby="statement-title" className="flex flex-col gap-2">
        <div>
          <h2 id="statement-title" className="text-lg font-semibold">
            {t("statement.title")}
          </h2>
          <p className="text-sm text-stone-600">{t("statement.newestFirst")}</p>
        </div>
        <StatementTable entries={data.entries} disputes={data.disputes} timeZone={merchant.timeZone} />
      </section>
    </div>
  );
}
