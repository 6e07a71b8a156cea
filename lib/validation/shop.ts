// The shop's own settings: one schema for the form, the server action, the domain and /api/v1.
// Error messages are keys under "validation" in messages/*. An empty text field means "clear it" (null).
import { z } from "zod";
import { gstinSchema, phoneSchema, pinCodeSchema, upiIdSchema } from "@/lib/validation/fields";

export const BUSINESS_TYPES = [
  "kirana",
  "dairy",
  "medical",
  "hardware",
  "bakery",
  "vegetables",
  "stationery",
  "general",
  "other",
] as const;

/** Offered in the form; the server accepts any real IANA zone (an API caller may send another). */
export const SHOP_TIME_ZONES = [
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Asia/Dhaka",
  "Asia/Colombo",
  "Asia/Thimphu",
  "Asia/Dubai",
  "Asia/Singapore",
] as const;
export const DEFAULT_SHOP_TZ = "Asia/Kolkata";
export const ORDER_HOLD_MINUTES = [30, 60, 120, 240, 480, 1440] as const;

export function isTimeZone(tz: string): boolean {
  if (!/^(UTC|[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+)$/.test(tz)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** "" / null / missing -> null; otherwise the trimmed text, checked by `then`. Parsing twice is harmless. */
const blankToNull = <T extends z.ZodType<unknown, string>>(then: T) =>
  z
    .string({ error: "invalid" })
    .trim()
    .nullish()
    .transform((v) => (v ? v : null))
    .pipe(then.nullable());

const optionalText = (max: number) => blankToNull(z.string().max(max, { error: "too_long" }));

export const shopProfileSchema = z.object({
  shopName: z
    .string({ error: "shop_name_required" })
    .trim()
    .min(2, { error: "shop_name_required" })
    .max(100, { error: "too_long" }),
  ownerName: optionalText(80),
  phone: blankToNull(phoneSchema),
  addressLine: optionalText(200),
  area: optionalText(80),
  city: optionalText(80),
  state: optionalText(60),
  pinCode: blankToNull(pinCodeSchema),
  gstin: blankToNull(gstinSchema),
  businessType: z.enum(BUSINESS_TYPES, { error: "invalid" }),
  timeZone: z
    .string({ error: "timezone_invalid" })
    .trim()
    .nullish()
    .transform((v) => v || DEFAULT_SHOP_TZ)
    .refine(isTimeZone, { error: "timezone_invalid" }),
  receiptFooter: optionalText(200),
  /** Minutes an unaccepted customer order holds its stock (a choice of ORDER_HOLD_MINUTES); absent: unchanged. */
  orderHoldMinutes: z.coerce
    .number({ error: "invalid" })
    .refine((m) => (ORDER_HOLD_MINUTES as readonly number[]).includes(m), { error: "invalid" })
    .optional(),
});

/** A checkbox ("on"), a form "true", or a JSON boolean. */
const flag = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

export const shopUpiSchema = z.object({
  upiId: blankToNull(upiIdSchema),
  upiPayeeName: optionalText(60),
  /** Drop the stored photo of the QR sticker (ignored when a new photo comes with the same request). */
  removeImage: flag.default(false),
});
