import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { ClaimCodeForm } from "@/components/bills/claim-code-form";
import { DuesOverview, DuesOverviewSkeleton } from "@/components/bills/dues-overview";
import { BILL_EVENTS } from "@/components/bills/live-types";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { requireRolePage } from "@/lib/auth/session";

/** Everything the customer owes, shop by shop; a code from a shop adds a tab they had before joining. */
export default async function BillsPage() {
  const [user, t] = await Promise.all([requireRolePage("CUSTOMER"), getTranslations("bills")]);
  return (
    <div className="flex flex-col gap-4">
      <LiveRefresh types={BILL_EVENTS} />
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-stone-600">{t("intro")}</p>
      </div>
      <Suspense fallback={<DuesOverviewSkeleton />}>
        <DuesOverview userId={user.id} />
      </Suspense>
      <ClaimCodeForm />
    </div>
  );
}
