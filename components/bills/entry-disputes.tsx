import { getTranslations } from "next-intl/server";
import type { EntryDisputeMark } from "@/lib/queries/customer-bills";
import { DisputeButton } from "./dispute-button";
import { Badge } from "@/components/ui/badge";

/** The customer's own flags on an entry, or the button to raise one (one open flag at a time). */
export async function EntryDisputes({
  transactionId,
  disputes,
}: {
  transactionId: string;
  disputes: EntryDisputeMark[];
}) {
  const t = await getTranslations("bills.dispute");
  const open = disputes.some((d) => !d.resolvedAt);
  return (
    <div className="mt-2 flex flex-col gap-1 text-sm">
      {disputes.map((d) => (
        <p key={d.id} data-testid="my-dispute" className="flex flex-wrap items-center gap-2 text-stone-700">
          <Badge tone={d.resolvedAt ? "stone" : "amber"}>{d.resolvedAt ? t("resolved") : t("flaggedShort")}</Badge>
          <span>{t("flagged", { note: d.note })}</span>
        </p>
      ))}
      {open ? null : <DisputeButton transactionId={transactionId} />}
    </div>
  );
}
