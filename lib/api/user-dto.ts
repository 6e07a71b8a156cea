// How a user and a shop look in API responses (auth, me). Roles are lower-case, as the
// register endpoint takes them.
import { z } from "zod";
import type { Role } from "@/lib/auth/roles";

export const apiUserSchema = z.object({
  id: z.string(),
  role: z.enum(["admin", "merchant", "customer"]),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  locale: z.string().nullable(),
  timeZone: z.string(),
});
export type ApiUser = z.infer<typeof apiUserSchema>;

export const apiShopSchema = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  city: z.string().nullable(),
  phone: z.string().nullable(),
  gstin: z.string().nullable(),
  upiId: z.string().nullable(),
  timeZone: z.string(),
});
export type ApiShop = z.infer<typeof apiShopSchema>;

export const authResultSchema = z.object({
  token: z.string().describe("Bearer token: send as Authorization: Bearer <token>"),
  expiresAt: z.string().describe("ISO 8601 UTC"),
  user: apiUserSchema,
});

type UserRow = {
  id: string;
  role: Role;
  name: string;
  email: string | null;
  phone: string | null;
  locale: string | null;
  timeZone: string;
};

export const toApiUser = (u: UserRow): ApiUser => ({
  id: u.id,
  role: u.role.toLowerCase() as ApiUser["role"],
  name: u.name,
  email: u.email,
  phone: u.phone,
  locale: u.locale,
  timeZone: u.timeZone,
});

export const USER_SELECT = {
  id: true,
  role: true,
  name: true,
  email: true,
  phone: true,
  locale: true,
  timeZone: true,
} as const;
