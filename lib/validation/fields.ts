// Field rules used across forms, actions and the API. Error messages are message keys
// (translated under "validation" in messages/*), so the same rule reads in both languages.
import { z } from "zod";
import { issuesToFields } from "@/lib/errors";

/** Indian mobile: "+91 98765 43210", "098765 43210", "9876543210" -> "9876543210". */
export function normalizePhone(input: string): string | null {
  let d = input.replace(/[\s\-().]/g, "");
  if (d.startsWith("+91")) d = d.slice(3);
  else if (d.length === 12 && d.startsWith("91")) d = d.slice(2);
  else if (d.length === 11 && d.startsWith("0")) d = d.slice(1);
  return /^[6-9]\d{9}$/.test(d) ? d : null;
}

/** The one phone rule: sign-up, tabs and the API all normalise with it (message key phone_invalid). */
export const phoneSchema = z.string({ error: "phone_invalid" }).transform((v, ctx) => {
  const p = normalizePhone(v);
  if (!p) {
    ctx.addIssue({ code: "custom", message: "phone_invalid" });
    return z.NEVER;
  }
  return p;
});

export const upiIdSchema = z
  .string()
  .trim()
  .regex(/^[a-zA-Z0-9._-]{2,256}@[a-zA-Z][a-zA-Z0-9.-]{1,63}$/, { error: "upi_invalid" });

const GSTIN_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/** GSTIN: 2-digit state code, PAN, entity digit, 'Z', checksum (mod-36 Luhn variant). */
export function isValidGstin(g: string): boolean {
  if (!/^\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/.test(g)) return false;
  const state = Number(g.slice(0, 2));
  if (state < 1 || (state > 38 && state !== 97 && state !== 99)) return false;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const v = GSTIN_CHARS.indexOf(g[i]!) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(v / 36) + (v % 36);
  }
  return GSTIN_CHARS[(36 - (sum % 36)) % 36] === g[14];
}

export const gstinSchema = z.string().trim().toUpperCase().refine(isValidGstin, { error: "gstin_invalid" });

export const pinCodeSchema = z
  .string()
  .trim()
  .regex(/^[1-9]\d{5}$/, { error: "pin_invalid" });

/** zod issues -> { field: messageKey } (first issue per field). */
export const fieldErrors = (error: z.ZodError): Record<string, string> => issuesToFields(error.issues);
