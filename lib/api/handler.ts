/**
 * apiRoute(): the one way to write an /api/v1 route handler.
 *
 * HOW TO ADD AN ENDPOINT
 * 1. Create app/api/v1/<area>/route.ts (dynamic segments: app/api/v1/products/[id]/route.ts):
 *
 *      import { z } from "zod";
 *      import { apiRoute } from "@/lib/api/handler";
 *      import { listQuery, pageOf } from "@/lib/api/pagination";
 *      import { productSchema } from "@/lib/validation/product";   // the SAME schema the form uses
 *      import { createProduct } from "@/lib/domain/inventory";     // the SAME rule the action calls
 *
 *      export const POST = apiRoute(
 *        { method: "POST", path: "/api/v1/products", auth: ["MERCHANT"], body: productSchema,
 *          summary: "Add a product", tags: ["inventory"],
 *          responses: { 201: { description: "Created", schema: productDto } } },
 *        async ({ body, merchantId, user }) => toDto(await createProduct(merchantId, user.id, body)),
 *      );
 *
 *    - `path` is the OpenAPI template ("/api/v1/products/{id}"); pass `params: z.object({ id: z.string() })`.
 *    - Return a plain value -> JSON with the first 2xx status in `responses` (default 200);
 *      return undefined -> 204; return a Response to take over (streams, CSV...).
 *    - Throw DomainError for expected failures (not_found 404, duplicate 409, ...); the wrapper
 *      maps it. Never catch-and-500. Look rows up with `merchantId` in the where clause so
 *      another shop's id is a 404.
 *    - Lists: `query: listQuery.extend({...})`, then `pageOf(rows, limit, r => ({ t: r.createdAt, id: r.id }))`.
 *    - Only export the HTTP method handlers (and `dynamic`) from route.ts: Next rejects other exports.
 *    - End the file with `export const { PUT, DELETE } = otherMethods("GET", "POST");` naming the
 *      methods the file has: the rest then answer 405 in the error shape (Next's own 405 is empty).
 * 2. Add one line for the file to ROUTE_MODULES in lib/api/routes.ts (a test checks every
 *    app/api/v1 route file is listed), so /api/v1/openapi.json and /api/docs show it.
 * 3. Test it by importing POST and calling it with `new Request(...)`: see lib/api/auth-routes.test.ts.
 *
 * Per request the wrapper does: authenticate (bearer token, else session cookie with an
 * Origin check on writes) -> 401/403 -> parse params, query and JSON body with zod (415,
 * 413, 400 with `fields`) -> handler -> errors to {"error": {code, message, fields, details}}.
 */
import type { z } from "zod";
import { authenticate, type ApiAuth } from "@/lib/api/authenticate";
import { hasNul, nulRefused, readJsonBody } from "@/lib/api/body";
import { ApiError, NO_STORE, errorResponse, toErrorResponse, zodToApiError } from "@/lib/api/errors";
import { withShopWriteSlot } from "@/lib/api/shop-write-gate";
import { registerOperation, type AuthSpec, type Operation, type ResponseSpec } from "@/lib/api/registry";
import type { CurrentUser } from "@/lib/auth/session";
import { can, type Permission, type ShopRole } from "@/lib/auth/permissions";
import { shopMembershipOf } from "@/lib/auth/shop-actor";
import type { HttpMethod } from "@/lib/api/registry";

export type { AuthSpec, HttpMethod } from "@/lib/api/registry";

type Schema = z.ZodType | undefined;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export type ApiContext<B extends Schema, Q extends Schema, P extends Schema, A extends AuthSpec> = {
  request: Request;
  body: Out<B>;
  query: Out<Q>;
  params: Out<P>;
  /** The caller (same shape server actions get from requireRole); null on public routes. */
  user: A extends "public" ? null : CurrentUser;
  /** The caller's shop for a MERCHANT (looked up once), else null. */
  merchantId: A extends "public" ? null : A extends readonly "MERCHANT"[] ? string : string | null;
  /** How the caller authenticated; `tokenId` is set for bearer tokens (logout revokes it). */
  auth: A extends "public" ? null : ApiAuth;
  /** A MERCHANT caller's role in the shop (owner, manager, cashier), else null. */
  shopRole: ShopRole | null;
};

export type RouteSpec<B extends Schema, Q extends Schema, P extends Schema, A extends AuthSpec> = Omit<
  Operation,
  "auth" | "body" | "query" | "params" | "responses"
> & {
  auth: A;
  body?: B;
  query?: Q;
  params?: P;
  responses?: Record<number, ResponseSpec>;
  /** For a shop's staff: the permission this operation needs (lib/auth/permissions). */
  permission?: Permission;
};

type RouteContextArg = { params: Promise<Record<string, string | string[] | undefined>> };
export type RouteHandler = (request: Request, context?: RouteContextArg) => Promise<Response>;

/** JSON that survives BigInt (ledger sums) and always says no-store. */
export function jsonResponse(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(data, (_k, v: unknown) =>
    typeof v === "bigint" ? (Number.isSafeInteger(Number(v)) ? Number(v) : v.toString()) : v,
  );
  return new Response(text, { status, headers: { "Content-Type": "application/json", ...NO_STORE, ...headers } });
}

function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length > 1 ? all : all[0]!;
  }
  if (hasNul(out)) throw nulRefused("query string");
  return out;
}

async function paramsObject(context: RouteContextArg | undefined): Promise<Record<string, unknown>> {
  const params = (await context?.params) ?? {};
  if (hasNul(params)) throw nulRefused("path");
  return params;
}

async function parseWith(schema: z.ZodType, value: unknown, where: "body" | "query" | "params") {
  const result = await schema.safeParseAsync(value);
  if (!result.success) throw zodToApiError(result.error, where, value);
  return result.data;
}

export function apiRoute<
  const A extends AuthSpec,
  B extends Schema = undefined,
  Q extends Schema = undefined,
  P extends Schema = undefined,
>(spec: RouteSpec<B, Q, P, A>, handler: (ctx: ApiContext<B, Q, P, A>) => unknown): RouteHandler {
  const responses = spec.responses ?? { 200: { description: "OK" } };
  registerOperation({ ...spec, responses } as Operation);
  const successStatus = Number(Object.keys(responses).find((s) => Number(s) >= 200 && Number(s) < 300) ?? 200);

  return async function route(request: Request, context?: RouteContextArg): Promise<Response> {
    let userId: string | null = null;
    try {
      let auth: ApiAuth | null = null;
      let merchantId: string | null = null;
      let shopRole: ShopRole | null = null;
      if (spec.auth !== "public") {
        auth = await authenticate(request);
        if (!auth)
          throw new ApiError(
            401,
            "unauthorized",
            "Sign in: send Authorization: Bearer <token> (POST /api/v1/auth/login)",
          );
        userId = auth.user.id;
        if (!(spec.auth as readonly string[]).includes(auth.user.role))
          throw new ApiError(403, "forbidden", "Your role may not use this endpoint");
        if (auth.user.role === "MERCHANT") {
          // A bearer token already read the owner's shop; staff (and cookies) look it up.
          const member = auth.merchantId
            ? { merchantId: auth.merchantId, shopRole: "OWNER" as const }
            : await shopMembershipOf(auth.user.id);
          if (!member) throw new ApiError(403, "forbidden", "No shop is linked to this account");
          merchantId = member.merchantId;
          shopRole = member.shopRole;
          if (spec.permission && !can(member, spec.permission))
            throw new ApiError(403, "forbidden", "Your shop role may not do this");
        }
      }
      const params = spec.params ? await parseWith(spec.params, await paramsObject(context), "params") : undefined;
      const query = spec.query ? await parseWith(spec.query, queryObject(new URL(request.url)), "query") : undefined;
      const body = spec.body ? await parseWith(spec.body, await readJsonBody(request), "body") : undefined;

      const ctx = {
        request,
        body,
        query,
        params,
        user: auth?.user ?? null,
        merchantId,
        shopRole,
        auth,
      } as unknown as ApiContext<B, Q, P, A>;
      // A shop's writes share a small per-shop cap (429 past it): one shop cannot take every connection.
      const result =
        merchantId && spec.method !== "GET"
          ? await withShopWriteSlot(merchantId, async () => handler(ctx))
          : await handler(ctx);
      if (result instanceof Response) return result;
      if (result === undefined) return new Response(null, { status: 204, headers: NO_STORE });
      return jsonResponse(result, successStatus);
    } catch (err) {
      return toErrorResponse(err, { method: request.method, path: new URL(request.url).pathname, userId });
    }
  };
}

const NOT_AN_OPERATION = Symbol.for("graminstore.api.notAnOperation");

/** True for the 405 handlers otherMethods() makes (they are not operations of the API). */
export const isMethodNotAllowedHandler = (fn: unknown) => typeof fn === "function" && NOT_AN_OPERATION in fn;

/**
 * 405 handlers, in the API's error shape with an Allow header, for the methods a route file
 * does not have: `export const { PUT, DELETE } = otherMethods("GET", "POST", "PATCH");`
 */
export function otherMethods(...allowed: HttpMethod[]): Record<HttpMethod, RouteHandler> {
  const allow = [...allowed, ...(allowed.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
  const refuse: RouteHandler = Object.assign(
    async (request: Request): Promise<Response> =>
      errorResponse(405, "method_not_allowed", `${request.method} is not allowed here. Use ${allowed.join(" or ")}.`, {
        headers: { Allow: allow },
      }),
    { [NOT_AN_OPERATION]: true },
  );
  return { GET: refuse, POST: refuse, PUT: refuse, PATCH: refuse, DELETE: refuse };
}
