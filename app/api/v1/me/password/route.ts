// POST /api/v1/me/password: change the caller's password. Every session and API token of the
// account ends (the one this request carried too); the answer carries a fresh token.
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { signInResult } from "@/lib/api/tokens";
import { authResultSchema } from "@/lib/api/user-dto";
import { changePassword } from "@/lib/usecases/account";
import { changePasswordInput } from "@/lib/validation/customer";

export const dynamic = "force-dynamic";

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/v1/me/password",
    auth: ["ADMIN", "MERCHANT", "CUSTOMER"],
    body: changePasswordInput,
    summary: "Change my password: ends every session and token of the account, returns a new token",
    tags: ["auth"],
    errors: {
      400: "The current password is wrong, or the new one breaks the password rule (fields say which)",
      429: "Too many wrong current passwords: wait Retry-After seconds",
    },
    responses: { 200: { description: "Changed; use the new token from now on", schema: authResultSchema } },
  },
  async ({ body, user }) => {
    await changePassword({ userId: user.id }, body);
    return signInResult(user.id);
  },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
