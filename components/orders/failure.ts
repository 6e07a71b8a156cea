// Translated text for a failed order action, chosen by the error code and details; the
// server's English message is never shown.
import type { useTranslations } from "next-intl";
import type { ActionFailure } from "@/lib/action-result";

type T = ReturnType<typeof useTranslations>;

/** `te` = "orders.errors", `ts` = "orders.status". */
export function orderFailureText(te: T, ts: T, f: Pick<ActionFailure, "code" | "details" | "fields">): string {
  const d = (f.details ?? {}) as { from?: string };
  if (f.code === "invalid_transition" && d.from && ts.has(d.from)) return te("movedOn", { status: ts(d.from) });
  if (f.code === "invalid_input" && f.fields?.reason)
    return te(f.fields.reason === "order_reason_too_long" ? "reasonTooLong" : "reasonRequired");
  return te.has(f.code) ? te(f.code) : te("generic");
}
