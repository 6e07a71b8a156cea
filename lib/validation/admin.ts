// Admin console schemas: list filters read from the URL (bad values fall back to "no filter"
// instead of crashing a page) and the admin's writes (shop details, account actions).
import { z } from "zod";
import { passwordSchema } from "./auth";
import { entityId } from "./common";
import { param } from "@/lib/url-params";
import { gstinSchema, phoneSchema, pinCodeSchema } from "./fields";

export const ADMIN_PAGE_SIZE = 25;

export { flatParams } from "@/lib/url-params";

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((v) => (v ? v : undefined));
const page = param.page.default(1);
const id = entityId.optional().catch(undefined);
const day = z.iso.date().optional().catch(undefined);
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional().catch(undefined);

export const ACCOUNT_STATUSES = ["active", "disabled"] as const;
export const TX_TYPES = ["SALE", "CREDIT_SALE", "PAYMENT", "VOID"] as const;
export const TX_METHODS = ["CASH", "CARD", "UPI", "CREDIT"] as const;
export const ORDER_STATUSES = ["PLACED", "ACCEPTED", "READY", "COMPLETED", "CANCELLED"] as const;
export const ACTOR_ROLES = ["ADMIN", "MERCHANT", "CUSTOMER"] as const;

/** Audit actions the console knows by name (others still show, and can be typed). */
export const KNOWN_AUDIT_ACTIONS = [
  "admin.user.disable",
  "admin.user.enable",
  "admin.user.reset_password",
  "admin.shop.update",
  "user.password_reset",
  "sale.void",
  "customer.credit_limit",
  "payment.record",
  "stock.adjust",
  "shop.update",
] as const;

export const merchantListFilter = z.object({ q: text(100), status: oneOf(ACCOUNT_STATUSES), page });
export const userListFilter = z.object({ q: text(100), status: oneOf(ACCOUNT_STATUSES), page });
export const guestListFilter = z.object({ q: text(100), shop: id, page });
export const transactionListFilter = z.object({
  q: text(100),
  shop: id,
  guest: id,
  type: oneOf(TX_TYPES),
  method: oneOf(TX_METHODS),
  from: day,
  to: day,
  page,
});
export const orderListFilter = z.object({ q: text(100), shop: id, status: oneOf(ORDER_STATUSES), page });
export const auditListFilter = z.object({
  action: z
    .string()
    .trim()
    .max(60)
    .regex(/^[a-z_.]*$/)
    .optional()
    .catch(undefined)
    .transform((v) => (v ? v : undefined)),
  actor: text(100),
  role: oneOf(ACTOR_ROLES),
  shop: id,
  from: day,
  to: day,
  page,
});

export type MerchantListFilter = z.infer<typeof merchantListFilter>;
export type UserListFilter = z.infer<typeof userListFilter>;
export type GuestListFilter = z.infer<typeof guestListFilter>;
export type TransactionListFilter = z.infer<typeof transactionListFilter>;
export type OrderListFilter = z.infer<typeof orderListFilter>;
export type AuditListFilter = z.infer<typeof auditListFilter>;

/** Optional text field from a form: "" means "clear it" (stored as null). */
const optionalField = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "too_long" })
    .optional()
    .transform((v) => (v ? v : null));
const blankToUndefined = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

/** The shop details an admin may correct. Error messages are keys under "validation". */
export const shopUpdateSchema = z.object({
  merchantId: entityId,
  shopName: z
    .string({ error: "shop_name_required" })
    .trim()
    .min(2, { error: "shop_name_required" })
    .max(100, { error: "too_long" }),
  ownerName: optionalField(80),
  phone: blankToUndefined.pipe(phoneSchema.optional()).transform((v) => v ?? null),
  addressLine: optionalField(300),
  area: optionalField(100),
  city: optionalField(80),
  state: optionalField(80),
  pinCode: blankToUndefined.pipe(pinCodeSchema.optional()).transform((v) => v ?? null),
  gstin: blankToUndefined.pipe(gstinSchema.optional()).transform((v) => v ?? null),
});
export type ShopUpdateInput = z.input<typeof shopUpdateSchema>;

export const userIdInput = z.object({ userId: entityId });

/** A reset link's token: 43 base64url characters (32 random bytes). */
export const resetTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: "invalid" });

export const resetPasswordSchema = z
  .object({ token: resetTokenSchema, password: passwordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], error: "password_mismatch" });
