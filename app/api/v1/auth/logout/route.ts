// POST /api/v1/auth/logout: revoke the bearer token this request carries. A caller signed in
// by the web cookie signs out through next-auth instead; for it this is a no-op.
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { revokeToken } from "@/lib/api/tokens";

export const dynamic = "force-dynamic";

export const POST = apiRoute(
  {
    method: "POST",
    path: "/api/v1/auth/logout",
    auth: ["ADMIN", "MERCHANT", "CUSTOMER"],
    summary: "Sign out: revoke this bearer token",
    tags: ["auth"],
    responses: { 204: { description: "Token revoked" } },
  },
  async ({ auth }) => {
    if (auth.tokenId) await revokeToken(auth.tokenId);
  },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
