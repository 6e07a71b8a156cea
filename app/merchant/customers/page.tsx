import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { AddCustomerForm } from "@/components/customers/add-customer-form";
import { CustomerFilters } from "@/components/customers/customer-filters";
import { CustomerList, CustomerListSkeleton } from "@/components/customers/customer-list";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { requireMerchantPage } from "@/lib/auth/session";
import { customerFilterFrom } from "@/lib/queries/customers";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CustomersPage({ searchParams }: Props) {
  const [{ merchant }, t, params] = await Promise.all([
    requireMerchantPage(),
    getTranslations("customers"),
    searchParams,
  ]);
  const filter = customerFilterFrom(params);
  return (
    <div className="flex flex-col gap-4">
      {/* A sale or payment on another tablet changes these dues: re-read without a reload. */}
      <LiveRefresh types={["sale.created", "payment.created", "sale.voided", "customer.updated"]} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-stone-600">{t("intro")}</p>
        </div>
        <AddCustomerForm />
      </div>
      <CustomerFilters filter={filter} />
      {/* Keyed by the filter so a new search shows the skeleton, not the stale list. */}
      <Suspense key={JSON.stringify(filter)} fallback={<CustomerListSkeleton />}>
        <CustomerList merchantId={merchant.id} timeZone={merchant.timeZone} filter={filter} />
      </Suspense>
    </div>
  );
}
