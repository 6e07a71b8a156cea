// The caller's own shop in the API (GET/PATCH /api/v1/shop): the profile with its GST
// registration and bill settings. Enums are lower-case words, rates are percent numbers.
import { z } from "zod";
import type { ShopProfile } from "@/lib/domain/shop-gst";
import { gstRatePercent } from "@/lib/validation/shop-gst";

export const API_GST_STATUSES = ["unregistered", "composition", "regular"] as const;
export const API_RECEIPT_LAYOUTS = ["58mm", "80mm", "a5", "a4"] as const;
const LAYOUT_TO_DB = { "58mm": "ROLL_58", "80mm": "ROLL_80", a5: "A5", a4: "A4" } as const;
const LAYOUT_FROM_DB = { ROLL_58: "58mm", ROLL_80: "80mm", A5: "a5", A4: "a4" } as const;

const text = z.string().nullable().optional();

export const shopPatchBody = z
  .object({
    name: z.string().optional(),
    ownerName: text,
    phone: text,
    addressLine: text,
    area: text,
    city: text,
    state: text.describe("State name; when it names a state it sets stateCode too"),
    pinCode: text,
    businessType: z.string().optional(),
    timeZone: z.string().optional(),
    receiptFooter: text,
    gstStatus: z.enum(API_GST_STATUSES).optional(),
    gstin: text.describe("Checked by its checksum; its first two digits must be the shop's stateCode"),
    stateCode: text.describe('GST state code, e.g. "08" (Rajasthan)'),
    billPrefix: text.describe("1-3 letters or digits: PREFIX/26-27/000123"),
    gstRates: z.array(gstRatePercent).optional().describe("The shop's GST rates in percent, e.g. [0, 5, 18, 40]"),
    roundOff: z.boolean().optional().describe("Round bills to whole rupees with a round-off line"),
    receiptLayout: z.enum(API_RECEIPT_LAYOUTS).optional(),
    receiptLocale: z.enum(["en", "hi"]).nullable().optional(),
  })
  .strict()
  .transform(({ name, gstStatus, receiptLayout, ...v }) => {
    const out: Record<string, unknown> = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined));
    if (name !== undefined) out.shopName = name;
    if (gstStatus) out.gstStatus = gstStatus.toUpperCase();
    if (receiptLayout) out.receiptLayout = LAYOUT_TO_DB[receiptLayout];
    return out;
  });

export const shopProfileSchema = z.object({
  id: z.string(),
  name: z.string(),
  ownerName: z.string().nullable(),
  phone: z.string().nullable(),
  addressLine: z.string().nullable(),
  area: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  pinCode: z.string().nullable(),
  businessType: z.string(),
  timeZone: z.string(),
  receiptFooter: z.string().nullable(),
  upiId: z.string().nullable(),
  upiPayeeName: z.string().nullable(),
  gstStatus: z.enum(API_GST_STATUSES),
  gstin: z.string().nullable(),
  stateCode: z.string().nullable(),
  billPrefix: z.string().nullable(),
  gstRates: z.array(z.number()),
  roundOff: z.boolean(),
  receiptLayout: z.enum(API_RECEIPT_LAYOUTS),
  receiptLocale: z.string().nullable(),
});

export const toApiShopProfile = (s: ShopProfile): z.infer<typeof shopProfileSchema> => ({
  id: s.id,
  name: s.shopName,
  ownerName: s.ownerName,
  phone: s.phone,
  addressLine: s.addressLine,
  area: s.area,
  city: s.city,
  state: s.state,
  pinCode: s.pinCode,
  businessType: s.businessType,
  timeZone: s.timeZone,
  receiptFooter: s.receiptFooter,
  upiId: s.upiId,
  upiPayeeName: s.upiPayeeName,
  gstStatus: s.gstStatus.toLowerCase() as (typeof API_GST_STATUSES)[number],
  gstin: s.gstin,
  stateCode: s.stateCode,
  billPrefix: s.billPrefix,
  gstRates: s.gstRatesBp.map((bp) => bp / 100),
  roundOff: s.roundOff,
  receiptLayout: LAYOUT_FROM_DB[s.receiptLayout],
  receiptLocale: s.receiptLocale,
});
