// Time limits on undoing a bill, in the shop's time zone. Pure (no DB): the server enforces
// them and the screens use the same answer to hide what would be refused.
import { zonedDate } from "@/lib/time";

/**
 * A void cancels the bill as if it had never been issued, which is honest only for a
 * same-day mistake (INDIA-BILLING.md: "Void stays for same-day mistakes"). From the next
 * business day on, goods coming back are a return with a credit note.
 */
export function voidableNow(occurredAt: Date, now: Date, timeZone: string): boolean {
  return zonedDate(occurredAt, timeZone) === zonedDate(now, timeZone);
}

/**
 * The last day (YYYY-MM-DD, inclusive) a GST credit note may be issued against a bill:
 * 30 November after the end of the bill's financial year (CGST Act s.34(2)); a bill of
 * 10 May 2026 (FY 2026-27) may be credited until 30 November 2027.
 */
export function creditNoteLastDay(issuedAt: Date, timeZone: string): string {
  const [y, m] = zonedDate(issuedAt, timeZone).split("-").map(Number) as [number, number];
  const fyEnd = m >= 4 ? y + 1 : y;
  return `${fyEnd}-11-30`;
}

export function creditNoteAllowed(issuedAt: Date, now: Date, timeZone: string): boolean {
  return zonedDate(now, timeZone) <= creditNoteLastDay(issuedAt, timeZone);
}
