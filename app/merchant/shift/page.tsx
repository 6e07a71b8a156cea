import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CashMoveForm, CloseShiftForm, OpenShiftForm } from "@/components/shift/shift-forms";
import { requireMerchantPage } from "@/lib/auth/session";
import { currentShift } from "@/lib/domain/shifts";
import { formatDate } from "@/lib/i18n/format";
import { formatPaise } from "@/lib/money";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shift"))("title") };
}

// The day's cash at the counter: open the drawer with a float, pay in / out, close and count.
export default async function ShiftPage() {
  const [{ merchant }, t, locale] = await Promise.all([requireMerchantPage(), getTranslations("shift"), getLocale()]);
  const shift = await currentShift(merchant.id);
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {shift ? (
        <>
          <p data-testid="shift-status">
            {t("openSince", {
              when: formatDate(shift.openedAt, locale, merchant.timeZone, true),
              amount: formatPaise(shift.openingCashPaise, locale),
            })}
          </p>
          <section className="flex flex-col gap-2">
            <h2 className="text-lg font-semibold">{t("cashTitle")}</h2>
            <CashMoveForm shiftId={shift.id} />
          </section>
          <section className="flex flex-col gap-2">
            <h2 className="text-lg font-semibold">{t("closeTitle")}</h2>
            <CloseShiftForm shiftId={shift.id} />
          </section>
        </>
      ) : (
        <section className="flex flex-col gap-2">
          <p>{t("closed")}</p>
          <OpenShiftForm />
        </section>
      )}
    </div>
  );
}
