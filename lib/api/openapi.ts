// The OpenAPI 3.1 document, generated from the registered operations' zod schemas
// (zod 4's z.toJSONSchema; OpenAPI 3.1 schemas are JSON Schema 2020-12).
import { z } from "zod";
import { listOperations, type Operation } from "@/lib/api/registry";

type Json = Record<string, unknown>;

/** Request side documents what a client sends (`input`); responses what it gets (`output`). */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    target: "draft-2020-12",
  }) as Json;
  return rest;
}

const ERROR_SCHEMA: Json = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", examples: ["invalid_input", "not_found", "insufficient_stock"] },
        message: { type: "string", description: "Readable English; never a stack trace" },
        fields: {
          type: "object",
          additionalProperties: { type: "string" },
          description: "Field path -> message key (e.g. phone_invalid)",
        },
        details: { type: "object", description: "Machine-readable facts, e.g. {productId, available}" },
      },
    },
  },
};

const errorRef = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

function errorResponses(op: Operation): Json {
  const out: Json = {};
  if (op.body || op.query || op.params) out["400"] = errorRef("Invalid input (fields say which), malformed JSON");
  if (op.auth !== "public") {
    out["401"] = errorRef("No, bad, expired or revoked token");
    out["403"] = errorRef("Wrong role, or a cookie write from another origin");
  }
  if (op.params) out["404"] = errorRef("Not found, or not yours");
  if (op.method !== "GET" && op.method !== "DELETE") {
    out["409"] = errorRef("Conflict: duplicate, insufficient stock, bad status change");
    if (op.body) {
      out["413"] = errorRef("Body over 1 MB");
      out["415"] = errorRef("Body is not application/json");
    }
  }
  for (const [status, description] of Object.entries(op.errors ?? {})) out[status] = errorRef(description);
  out["503"] = errorRef("Database unavailable");
  return out;
}

function parameters(op: Operation): Json[] {
  const out: Json[] = [];
  for (const [where, schema] of [
    ["path", op.params],
    ["query", op.query],
  ] as const) {
    if (!schema) continue;
    const js = jsonSchemaOf(schema, "input") as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, s] of Object.entries(js.properties ?? {})) {
      out.push({
        name,
        in: where,
        required: where === "path" || (js.required ?? []).includes(name),
        schema: s,
        ...(s.description ? { description: s.description } : {}),
      });
    }
  }
  return out;
}

const operationId = (op: Operation) =>
  op.method.toLowerCase() +
  op.path
    .replace(/^\/api\/v1/, "")
    .split(/[/.{}_-]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");

function operationObject(op: Operation): Json {
  const responses: Json = {};
  for (const [status, r] of Object.entries(op.responses)) {
    responses[status] =
      r.schema || r.contentType
        ? {
            description: r.description,
            content: {
              [r.contentType ?? "application/json"]: r.schema ? { schema: jsonSchemaOf(r.schema, "output") } : {},
            },
          }
        : { description: r.description };
  }
  Object.assign(responses, errorResponses(op));
  return {
    operationId: operationId(op),
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: op.tags ?? [op.path.split("/")[3] ?? "api"],
    ...(op.auth === "public" ? { security: [] } : { "x-roles": op.auth }),
    ...(parameters(op).length ? { parameters: parameters(op) } : {}),
    ...(op.body
      ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchemaOf(op.body, "input") } } } }
      : {}),
    responses,
  };
}

export function buildOpenApiDocument(ops: Operation[] = listOperations()): Json {
  const paths: Record<string, Json> = {};
  for (const op of ops) (paths[op.path] ??= {})[op.method.toLowerCase()] = operationObject(op);
  return {
    openapi: "3.1.0",
    info: {
      title: "GraminStore API",
      version: "1.0.0",
      description:
        "JSON in and out. Amounts are integer paise (amountPaise, pricePaise, totalPaise); ids are strings; times are ISO 8601 UTC. " +
        "Sign in with POST /api/v1/auth/login and send Authorization: Bearer <token> (valid 7 days). " +
        "Lists take ?limit= (default 50, max 200) and ?cursor= and answer {items, nextCursor}. " +
        'Errors are always {"error": {"code", "message", "fields"?, "details"?}}.',
    },
    servers: [{ url: "/" }],
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "Token from POST /api/v1/auth/login or /register" },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The app's own session; writes need a same-origin Origin header",
        },
      },
      schemas: { Error: ERROR_SCHEMA },
    },
    paths,
  };
}
