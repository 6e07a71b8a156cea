import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { NeedsReview } from "@/components/sales/needs-review";
import { SalesFilters } from "@/components/sales/sales-filters";
import { shopPeople } from "@/lib/queries/staff";
import { SalesList, SalesListSkeleton } from "@/components/sales/sales-list";
import { requireMerchantPage } from "@/lib/auth/session";
import { customerNameOf } from "@/lib/queries/customers";
import { salesViewFrom } from "@/lib/queries/sales";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Sales history: filter, totals for the filter, CSV, receipts and voids. */
export default async function SalesPage({ searchParams }: Props) {
  const [{ merchant }, t, params] = await Promise.all([requireMerchantPage(), getTranslations("sales"), searchParams]);
  const parsed = salesViewFrom(params);
  const customerName = parsed.view.customerId ? await customerNameOf(merchant.id, parsed.view.customerId) : null;
  // An id that is not this shop's customer filters nothing: show the whole history, no chip.
  const view = customerName ? parsed.view : { ...parsed.view, customerId: undefined };
  const { rangeError } = parsed;
  return (
    <div className="flex flex-col gap-4">
      {/* A sale rung up on another tablet appears here without a reload. */}
      <LiveRefresh types={["sale.created", "payment.created", "sale.voided"]} />
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-stone-600">{t("intro")}</p>
      </div>
      <Suspense fallback={null}>
        <NeedsReview merchantId={merchant.id} timeZone={merchant.timeZone} />
      </Suspense>
      <SalesFilters
        view={view}
        timeZone={merchant.timeZone}
        customerName={customerName}
        rangeError={rangeError}
        people={await shopPeople(merchant.id)}
      />
      <Suspense key={JSON.stringify(view)} fallback={<SalesListSkeleton />}>
        <SalesList merchantId={merchant.id} timeZone={merchant.timeZone} view={view} />
      </Suspense>
    </div>
  );
}
