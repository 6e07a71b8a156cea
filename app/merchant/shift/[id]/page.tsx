import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/settings/print-button";
import { ZReportView } from "@/components/shift/z-report";
import { requireMerchantPage } from "@/lib/auth/session";
import { DomainError } from "@/lib/domain/errors";
import { getShift } from "@/lib/domain/shifts";

// A shift's Z report, printable (another shop's shift id finds nothing).
export default async function ShiftReportPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ merchant }, { id }, t] = await Promise.all([requireMerchantPage(), params, getTranslations("shift")]);
  const shift = await getShift(merchant.id, id).catch((err) => {
    if (err instanceof DomainError && err.code === "not_found") notFound();
    throw err;
  });
  return (
    <div className="flex flex-col gap-4">
      <ZReportView
        shopName={merchant.shopName}
        timeZone={merchant.timeZone}
        openedAt={shift.openedAt}
        closedAt={shift.closedAt}
        expectedCashPaise={shift.expectedCashPaise}
        countedCashPaise={shift.countedCashPaise}
        variancePaise={shift.variancePaise}
        report={shift.report}
      />
      <div className="print:hidden">
        <PrintButton>{t("print")}</PrintButton>
      </div>
    </div>
  );
}
