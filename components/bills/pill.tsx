// Which badge tone each bill or claim state gets: red = owed, amber = part paid or waiting,
// green = settled, stone = cancelled or neutral. The badge itself is the shared one.
import type { BadgeTone } from "@/components/ui/badge";

export const BILL_TONE = { due: "red", partly_paid: "amber", paid: "green", voided: "stone" } as const satisfies Record<
  string,
  BadgeTone
>;
export const CLAIM_TONE = { PENDING: "amber", CONFIRMED: "green", REJECTED: "red" } as const satisfies Record<
  string,
  BadgeTone
>;
