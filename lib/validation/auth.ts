import { z } from "zod";
import { gstinSchema, phoneSchema, upiIdSchema } from "@/lib/validation/fields";

export const passwordSchema = z
  .string({ error: "password_required" })
  .min(8, { error: "password_short" })
  .max(128, { error: "password_long" })
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), { error: "password_weak" });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "too_long" })
    .optional()
    .transform((v) => (v ? v : undefined));

const person = {
  name: z.string({ error: "name_required" }).trim().min(2, { error: "name_required" }).max(80, { error: "too_long" }),
  email: z
    .string({ error: "email_invalid" })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "email_invalid" })),
  phone: phoneSchema,
  password: passwordSchema,
};

export const registerCustomerSchema = z.object({
  ...person,
  address: optionalText(300),
  dateOfBirth: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.iso.date({ error: "date_invalid" }).optional())
    .refine((d) => !d || (d >= "1900-01-01" && new Date(d) <= new Date()), { error: "date_invalid" }),
});

export const registerMerchantSchema = z.object({
  ...person,
  shopName: z
    .string({ error: "shop_name_required" })
    .trim()
    .min(2, { error: "shop_name_required" })
    .max(100, { error: "too_long" }),
  address: optionalText(300),
  gstin: z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(gstinSchema.optional()),
  upiId: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(upiIdSchema.optional()),
});

// NUL characters cannot be stored or looked up in PostgreSQL text: refuse them as bad input.
const noNul = (s: string) => !s.includes("\u0000");
export const loginSchema = z.object({
  login: z.string().trim().min(1, { error: "login_required" }).max(200).refine(noNul, { error: "invalid" }),
  password: z.string().min(1, { error: "password_required" }).max(200).refine(noNul, { error: "invalid" }),
});

export type RegisterCustomerInput = z.infer<typeof registerCustomerSchema>;
export type RegisterMerchantInput = z.infer<typeof registerMerchantSchema>;
