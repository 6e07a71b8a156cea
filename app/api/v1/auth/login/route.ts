// POST /api/v1/auth/login: email or phone + password -> a 7-day bearer token. The same
// check, rate limit (429 + Retry-After) and disabled-account refusal as the web sign-in.
import { clientIp } from "@/lib/auth/options";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { signInResult } from "@/lib/api/tokens";
import { authResultSchema } from "@/lib/api/user-dto";
import { verifyLogin } from "@/lib/domain/accounts";
import { loginSchema } from "@/lib/validation/auth";

export const dynamic = "force-dynamic";

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/v1/auth/login",
    auth: "public",
    body: loginSchema,
    summary: "Sign in with email or mobile number and password; get a bearer token",
    errors: {
      401: "Wrong email/phone or password",
      403: "Account disabled",
      429: "Too many failed attempts for this account or IP: wait Retry-After seconds",
    },
    tags: ["auth"],
    responses: { 200: { description: "Signed in", schema: authResultSchema } },
  },
  async ({ body, request }) => {
    const signedIn = await verifyLogin(body.login, body.password, clientIp(request.headers));
    return signInResult(signedIn.id);
  },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
