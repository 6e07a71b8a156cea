"use server";
import { headers } from "next/headers";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { clientIp } from "@/lib/auth/options";
import { signUp } from "@/lib/usecases/account";
import { defineAction } from "@/lib/usecases/action";
import { registerCustomerSchema, registerMerchantSchema } from "@/lib/validation/auth";

const register = defineAction(
  {
    name: "register",
    actor: "public",
    refresh: false,
    input: z.discriminatedUnion("role", [
      z.object({ role: z.literal("merchant"), input: registerMerchantSchema }),
      z.object({ role: z.literal("customer"), input: registerCustomerSchema }),
    ]),
  },
  async (s) => signUp(s, clientIp(await headers())),
  (_user, s) => ({ login: s.input.email }),
);

/** Create a merchant (with its shop) or a customer. Field errors are message keys. */
export async function registerAction(
  role: "merchant" | "customer",
  input: Record<string, string>,
): Promise<ActionResult<{ login: string }>> {
  const r = await register({ role, input });
  // The form knows its fields by name (email, not input.email).
  return r.ok || !r.fields
    ? r
    : { ...r, fields: Object.fromEntries(Object.entries(r.fields).map(([k, v]) => [k.replace(/^input\./, ""), v])) };
}
