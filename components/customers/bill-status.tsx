import type { BillStatus } from "@/lib/domain/ledger";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONE: Record<BillStatus, BadgeTone> = { due: "red", partly_paid: "amber", paid: "green", voided: "stone" };

/** A credit sale's FIFO state, as the server computed it. */
export function BillStatusBadge({ status, label }: { status: BillStatus; label: string }) {
  return (
    <Badge tone={TONE[status]} testId={`bill-${status}`}>
      {label}
    </Badge>
  );
}
