// POST /api/v1/auth/register: create a customer, or a merchant with its shop, and sign in.
// The rules are the web form's (lib/validation/auth.ts, lib/domain/accounts.ts); this
// only maps the API's nested shape onto them.
import { z } from "zod";
import { clientIp } from "@/lib/auth/options";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { signInResult } from "@/lib/api/tokens";
import { authResultSchema } from "@/lib/api/user-dto";
import { registerCustomer, registerMerchant } from "@/lib/domain/accounts";
import { registerCustomerSchema, registerMerchantSchema } from "@/lib/validation/auth";

const m = registerMerchantSchema.shape;
const c = registerCustomerSchema.shape;
const person = { name: m.name, email: m.email, phone: m.phone, password: m.password };

const registerBody = z.discriminatedUnion("role", [
  z.object({ role: z.literal("customer"), ...person, address: c.address, dateOfBirth: c.dateOfBirth }),
  z.object({
    role: z.literal("merchant"),
    ...person,
    shop: z.object(
      { name: m.shopName, address: m.address, gstin: m.gstin, upiId: m.upiId },
      { error: "shop_required" },
    ),
  }),
]);

export const dynamic = "force-dynamic";

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/v1/auth/register",
    auth: "public",
    body: registerBody,
    summary: "Create an account (merchant with a shop, or customer) and get a token",
    tags: ["auth"],
    errors: {
      409: "An account with this email or phone already exists (fields say which)",
      429: "Too many sign-ups from this address, or the server is busy hashing: wait Retry-After seconds",
    },
    responses: { 201: { description: "Account created and signed in", schema: authResultSchema } },
  },
  async ({ body, request }) => {
    const ip = clientIp(request.headers);
    const { password, name, email, phone } = body;
    const created =
      body.role === "merchant"
        ? await registerMerchant(
            {
              name,
              email,
              phone,
              password,
              shopName: body.shop.name,
              address: body.shop.address,
              gstin: body.shop.gstin,
              upiId: body.shop.upiId,
            },
            ip,
          )
        : await registerCustomer(
            {
              name,
              email,
              phone,
              password,
              address: body.address,
              dateOfBirth: body.dateOfBirth,
            },
            ip,
          );
    return signInResult(created.id);
  },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
