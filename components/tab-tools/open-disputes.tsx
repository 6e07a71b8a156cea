"use client";
import { useLocale, useTranslations } from "next-intl";
import { resolveDisputeAction } from "@/app/merchant/customers/[id]/tab-actions";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/lib/i18n/format";
import { formatPaise } from "@/lib/money";
import { useTabAction } from "./use-tab-action";

export type DisputeRow = {
  id: string;
  note: string;
  createdAt: string;
  entry: { type: string; amountPaise: number; occurredAt: string };
};

/** Entries the customer says are wrong. Correct them with a void or a payment, then mark resolved. */
export function OpenDisputes({ disputes, timeZone }: { disputes: DisputeRow[]; timeZone: string }) {
  const t = useTranslations("bills.tabTools.disputes");
  return (
    <div className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-stone-200" data-testid="tab-disputes">
      <h3 className="font-semibold">{t("title")}</h3>
      {disputes.length === 0 ? <p className="text-sm text-stone-600">{t("empty")}</p> : null}
      <ul className="flex flex-col gap-2">
        {disputes.map((d) => (
          <DisputeItem key={d.id} dispute={d} timeZone={timeZone} />
        ))}
      </ul>
    </div>
  );
}

function DisputeItem({ dispute, timeZone }: { dispute: DisputeRow; timeZone: string }) {
  const t = useTranslations("bills.tabTools.disputes");
  const locale = useLocale();
  const { pending, error, run } = useTabAction();
  const kind = t.has(`entry.${dispute.entry.type}`) ? t(`entry.${dispute.entry.type}`) : dispute.entry.type;
  return (
    <li className="flex flex-col gap-1 rounded-lg bg-red-50 p-3 ring-1 ring-red-200">
      <p className="text-sm font-medium">
        {t("line", {
          entry: kind,
          amount: formatPaise(dispute.entry.amountPaise, locale),
          date: formatDate(dispute.entry.occurredAt, locale, timeZone),
        })}
      </p>
      <p className="text-sm text-stone-800">{t("note", { note: dispute.note })}</p>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <div>
        <Button
          type="button"
          size="sm"
          variant="secondary"
          disabled={pending}
          onClick={() =>
            run(
              () => resolveDisputeAction({ disputeId: dispute.id }),
              () => {},
            )
          }
        >
          {t("resolve")}
        </Button>
      </div>
    </li>
  );
}
