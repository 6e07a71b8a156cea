// Reading a JSON request body safely: content type first, size capped while streaming (a
// missing or lying Content-Length cannot make us buffer more than the limit), then parse.
import { ApiError } from "@/lib/api/errors";

export const MAX_BODY_BYTES = 1024 * 1024;

/** "application/json; charset=utf-8" -> "application/json" ("" when there is none). */
export const mimeTypeOf = (contentType: string | null) => contentType?.split(";")[0]?.trim().toLowerCase() ?? "";

const isJsonType = (contentType: string | null) => {
  const mime = mimeTypeOf(contentType);
  return mime === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(mime);
};

const tooLarge = (limit: number) =>
  new ApiError(413, "payload_too_large", `The request body is larger than ${Math.floor(limit / 1024)} KB`);

/**
 * The body's bytes, at most `limit` of them: a larger declared Content-Length is refused before
 * reading, and a chunked (or lying) body is cancelled the moment it passes the limit, so a
 * 100 MB upload never sits in memory. Every route that reads a body reads it through here.
 */
export async function readCappedBytes(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return all;
}

/** The body as UTF-8 text, capped as readCappedBytes. */
export async function readCappedText(request: Request, limit: number): Promise<string> {
  const bytes = await readCappedBytes(request, limit);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError(400, "invalid_json", "The request body is not valid UTF-8");
  }
}

/** A copy of the request whose body is the (already capped) bytes, for code that parses it itself. */
export function withBody(request: Request, bytes: Uint8Array): Request {
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: bytes.byteLength ? (bytes as Uint8Array<ArrayBuffer>) : undefined,
  });
}

/** PostgreSQL text cannot hold a NUL character: refused at the door as bad input, not a 500. */
export const nulRefused = (where: "body" | "query string" | "path") =>
  new ApiError(400, "invalid_input", `The ${where} may not contain NUL (\\u0000) characters`);

/** The parsed JSON body (unknown: the caller's zod schema decides what it is). */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  if (!isJsonType(request.headers.get("content-type"))) {
    throw new ApiError(415, "unsupported_media_type", "Send the body as JSON with Content-Type: application/json");
  }
  const text = await readCappedText(request, limit);
  if (!text.trim()) throw new ApiError(400, "invalid_json", "The request body is empty; send a JSON object");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, "invalid_json", "The request body is not valid JSON");
  }
  if (longestArray(parsed) > MAX_JSON_ARRAY)
    throw new ApiError(400, "invalid_input", `No list in the body may hold more than ${MAX_JSON_ARRAY} items`);
  if (hasNul(parsed)) throw nulRefused("body");
  return parsed;
}

/** No operation takes a list this long; a 1 MB body of numbers could hold ~500,000. */
export const MAX_JSON_ARRAY = 10_000;

/** The length of the longest array anywhere in the value (walked without recursion). */
export function longestArray(root: unknown): number {
  let longest = 0;
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      longest = Math.max(longest, value.length);
      for (const item of value) if (item && typeof item === "object") stack.push(item);
    } else if (value && typeof value === "object") {
      for (const v of Object.values(value)) if (v && typeof v === "object") stack.push(v);
    }
  }
  return longest;
}

/** Any NUL in a string or key, walked without recursion so deep nesting cannot overflow the stack. */
export function hasNul(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value === "string") {
      if (value.includes("\u0000")) return true;
    } else if (Array.isArray(value)) {
      // One by one: push(...value) passes every element as an argument and throws a
      // RangeError (a 500) for an array of ~130,000 elements.
      for (const item of value) stack.push(item);
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        if (k.includes("\u0000")) return true;
        stack.push(v);
      }
    }
  }
  return false;
}
