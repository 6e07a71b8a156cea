// The API's one error shape, and the mapping from everything a handler can throw onto it:
// {"error": {"code", "message", "fields"?, "details"?}}. Never a stack trace in a response.
import type { z } from "zod";
import { DomainError, isUniqueViolation } from "@/lib/domain/errors";
import { isCheckViolation, isDatabaseUnavailable, isInvalidTextError, isPoolExhausted } from "@/lib/api/db-errors";
import validationMessages from "@/messages/en/validation.json";

/** A failure of the HTTP layer itself (415, 413, bad JSON...), thrown inside the wrapper. */
export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly fields?: Record<string, string>,
    public readonly details?: Record<string, unknown>,
    public readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export type ApiErrorBody = {
  error: { code: string; message: string; fields?: Record<string, string>; details?: Record<string, unknown> };
};

const DOMAIN_STATUS: Record<string, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  duplicate: 409,
  conflict: 409,
  insufficient_stock: 409,
  invalid_transition: 409,
  credit_limit_exceeded: 409,
  return_exceeds_sale: 409,
  credit_note_too_late: 409,
  void_only_same_day: 409,
  rate_limited: 429,
};

export const NO_STORE = { "Cache-Control": "no-store" } as const;

export function errorResponse(
  status: number,
  code: string,
  message: string,
  extra: { fields?: Record<string, string>; details?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Response {
  const body: ApiErrorBody = { error: { code, message } };
  if (extra.fields && Object.keys(extra.fields).length) body.error.fields = extra.fields;
  if (extra.details && Object.keys(extra.details).length) body.error.details = extra.details;
  return Response.json(body, { status, headers: { ...NO_STORE, ...extra.headers } });
}

// Keys only the API uses (list paging) read in English here; the rest come from the catalog.
const english: Record<string, string> = {
  ...(validationMessages as Record<string, string>),
  limit_invalid: "limit must be a whole number from 1 to 200.",
  cursor_invalid: "Use nextCursor from the previous page.",
};
const KEY = /^[a-z][a-z0-9_]*$/;

/** "insufficient_stock" -> "Insufficient stock": a readable fallback for keys with no text yet. */
const humanize = (key: string) => key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, " ");

/**
 * zod issues -> { "shop.name": "shop_name_required" } plus a readable English sentence.
 * Our schemas use message keys; zod's own defaults ("expected number") become "invalid"
 * (or "required" when the value is missing) while their text still reaches the message.
 */
export function zodToApiError(error: z.ZodError, where: "body" | "query" | "params", input?: unknown): ApiError {
  const fields: Record<string, string> = {};
  const sentences: string[] = [];
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || (where === "body" ? "_body" : `_${where}`);
    if (field in fields) continue;
    const missing = issue.code === "invalid_type" && valueAt(input, issue.path) === undefined;
    const key = KEY.test(issue.message) ? issue.message : missing ? "required" : "invalid";
    fields[field] = key;
    const text = KEY.test(issue.message)
      ? (english[key] ?? humanize(key))
      : missing
        ? english.required!
        : issue.message;
    sentences.push(`${field}: ${text}`);
  }
  return new ApiError(400, "invalid_input", `Invalid ${where}. ${sentences.join(" ")}`, fields);
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let v = input;
  for (const k of path) v = v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

export type ErrorContext = { method: string; path: string; userId?: string | null };

/** Anything thrown by a handler -> the JSON error response. Unexpected errors are logged here. */
export function toErrorResponse(err: unknown, context: ErrorContext): Response {
  if (err instanceof ApiError) {
    return errorResponse(err.status, err.code, err.message, {
      fields: err.fields,
      details: err.details,
      headers: err.headers,
    });
  }
  if (err instanceof DomainError) {
    const status = DOMAIN_STATUS[err.code] ?? 400;
    const headers: Record<string, string> = {};
    if (err.code === "rate_limited") {
      const seconds = Number(err.details?.retryAfterSeconds);
      headers["Retry-After"] = String(Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 60);
    }
    return errorResponse(status, err.code, err.message, { fields: err.fields, details: err.details, headers });
  }
  if (isPoolExhausted(err)) {
    // The database is fine; this instance has more work than connections. Say so, briefly.
    return errorResponse(503, "overloaded", "The server is busy. Try again in a moment.", {
      headers: { "Retry-After": "2" },
    });
  }
  if (isDatabaseUnavailable(err)) {
    console.error("[api] database unavailable", context, err instanceof Error ? err.message : err);
    return errorResponse(503, "db_unavailable", "The database is not reachable right now. Try again shortly.", {
      headers: { "Retry-After": "5" },
    });
  }
  // Safety nets for rules a domain function forgot to turn into a DomainError.
  if (isUniqueViolation(err)) return errorResponse(409, "duplicate", "This already exists");
  if ((err as { code?: string })?.code === "P2025") return errorResponse(404, "not_found", "Not found");
  if (isCheckViolation(err))
    return errorResponse(409, "conflict", "This change would take a quantity past its allowed range");
  if (isInvalidTextError(err))
    return errorResponse(400, "invalid_input", "The text contains characters that cannot be stored (such as NUL)");

  console.error("[api] unexpected error", context, err);
  return errorResponse(500, "internal", "Something went wrong on our side. Please try again.");
}
