// The shop's GST and bill settings: one schema for the settings form, the action, the domain
// and PATCH /api/v1/shop. Messages are keys under "validation" in messages/*.
import { z } from "zod";
import { GST_STATES } from "@/lib/gst/states";
import { gstinSchema } from "./fields";

export const GST_STATUSES = ["UNREGISTERED", "COMPOSITION", "REGULAR"] as const;
export const RECEIPT_LAYOUTS = ["ROLL_58", "ROLL_80", "A5", "A4"] as const;
export const RECEIPT_LOCALES = ["en", "hi"] as const;

/** Percent with up to 2 decimals, 0 to 100 (0.25, 3, 5, 18, 40...). */
export const gstRatePercent = z
  .number({ error: "gst_rate_invalid" })
  .min(0, { error: "gst_rate_invalid" })
  .max(100, { error: "gst_rate_invalid" })
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-9, { error: "gst_rate_invalid" });

/** HSN (goods) or SAC (services): 4 to 8 digits. */
export const hsnCode = z
  .string({ error: "hsn_invalid" })
  .trim()
  .regex(/^\d{4,8}$/, { error: "hsn_invalid" });

const blankToNull = <T extends z.ZodType<unknown, string>>(then: T) =>
  z
    .string({ error: "invalid" })
    .trim()
    .nullish()
    .transform((v) => (v ? v : null))
    .pipe(then.nullable());

const flag = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

export const shopGstSchema = z
  .object({
    gstStatus: z.enum(GST_STATUSES, { error: "invalid" }),
    gstin: blankToNull(gstinSchema),
    stateCode: blankToNull(z.string().refine((c) => c in GST_STATES, { error: "state_code_invalid" })),
    /** 1-3 letters or digits: PREFIX/26-27/000123 stays within Rule 46's 16 characters. */
    billPrefix: blankToNull(
      z
        .string()
        .toUpperCase()
        .regex(/^[A-Z0-9]{1,3}$/, { error: "bill_prefix_invalid" }),
    ),
    roundOff: flag.default(false),
    receiptLayout: z.enum(RECEIPT_LAYOUTS, { error: "invalid" }).default("ROLL_80"),
    receiptLocale: z.enum(RECEIPT_LOCALES, { error: "invalid" }).nullish().default(null),
    /** The shop's rate list, percent; sorted and de-duplicated. */
    gstRates: z
      .array(gstRatePercent)
      .min(1, { error: "gst_rate_invalid" })
      .max(20, { error: "gst_rate_invalid" })
      .transform((r) => [...new Set(r.map((p) => Math.round(p * 100)))].sort((a, b) => a - b).map((bp) => bp / 100))
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.gstStatus !== "UNREGISTERED" && !v.gstin)
      ctx.addIssue({ code: "custom", path: ["gstin"], message: "gstin_required" });
    if (v.gstin && !v.stateCode) ctx.addIssue({ code: "custom", path: ["stateCode"], message: "state_code_required" });
    if (v.gstin && v.stateCode && v.gstin.slice(0, 2) !== v.stateCode)
      ctx.addIssue({ code: "custom", path: ["gstin"], message: "gstin_state_mismatch" });
  });

/** The settings form's text fields -> a shop patch ("0, 5, 18" -> [0, 5, 18]; an unticked box -> false). */
export function gstFormToPatch(
  form: Record<string, string>,
): { patch: Record<string, unknown> } | { fieldErrors: Record<string, string> } {
  const rates = (form.gstRates ?? "")
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((r) => Number(r.replace(/%$/, "")));
  if (rates.some((r) => !Number.isFinite(r))) return { fieldErrors: { gstRates: "gst_rate_invalid" } };
  return {
    patch: {
      gstStatus: form.gstStatus,
      stateCode: form.stateCode ?? null,
      billPrefix: form.billPrefix ?? null,
      gstRates: rates,
      roundOff: form.roundOff === "on",
      receiptLayout: form.receiptLayout,
      receiptLocale: form.receiptLocale || null,
    },
  };
}
