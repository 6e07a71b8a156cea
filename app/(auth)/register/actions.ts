"use server";
import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/options";
import { registerCustomer, registerMerchant } from "@/lib/domain/accounts";
import { DomainError } from "@/lib/domain/errors";
import { registerCustomerSchema, registerMerchantSchema } from "@/lib/validation/auth";
import { fieldErrors } from "@/lib/validation/fields";

export type RegisterResult =
  | { ok: true; login: string }
  | { ok: false; fieldErrors: Record<string, string>; message?: string; retryAfterSeconds?: number };

/** Create a merchant (with its shop) or a customer. Field errors are message keys. */
export async function registerAction(
  role: "merchant" | "customer",
  input: Record<string, string>,
): Promise<RegisterResult> {
  const parsed = (role === "merchant" ? registerMerchantSchema : registerCustomerSchema).safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  try {
    const ip = clientIp(await headers());
    if (role === "merchant") await registerMerchant(parsed.data as never, ip);
    else await registerCustomer(parsed.data as never, ip);
    return { ok: true, login: parsed.data.email };
  } catch (err) {
    if (err instanceof DomainError)
      return {
        ok: false,
        fieldErrors: err.fields ?? {},
        message: err.code,
        retryAfterSeconds: Number(err.details?.retryAfterSeconds) || undefined,
      };
    console.error("register failed", { role, err });
    throw err;
  }
}
