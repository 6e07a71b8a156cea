// A small status label. Tones carry meaning: red = owed, amber = part paid or waiting,
// green = settled, stone = cancelled or neutral.
const tones = {
  red: "bg-red-50 text-red-800 ring-red-200",
  amber: "bg-amber-50 text-amber-900 ring-amber-200",
  green: "bg-green-50 text-green-800 ring-green-200",
  stone: "bg-stone-100 text-stone-700 ring-stone-200",
  blue: "bg-sky-50 text-sky-800 ring-sky-200",
} as const;

export type PillTone = keyof typeof tones;

export function Pill({ tone, children, testId }: { tone: PillTone; children: React.ReactNode; testId?: string }) {
  return <span data-testid={testId} className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${tones[tone]}`}>{children}</span>;
}

export const BILL_TONE = { due: "red", partly_paid: "amber", paid: "green", voided: "stone" } as const satisfies Record<string, PillTone>;
export const CLAIM_TONE = { PENDING: "amber", CONFIRMED: "green", REJECTED: "red" } as const satisfies Record<string, PillTone>;
