// Hostile values and bodies for the bad-input drill: injection strings, huge and negative
// numbers, wrong types, unicode tricks, malformed JSON, wrong content types, big bodies.
import crypto from "node:crypto";

export const HOSTILE_STRINGS = [
  "' OR '1'='1",
  '\'; DROP TABLE "User"; --',
  "1; SELECT pg_sleep(10)--",
  '\' UNION SELECT "passwordHash" FROM "User"--',
  "$1",
  "%' OR 1=1 --",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "{{7*7}}",
  "${7*7}",
  "__proto__",
  "../../../../etc/passwd",
  "\u0000",
  "nul\u0000byte",
  "नमस्ते दुकान",
  "🛒🧾💸",
  "\u202Eevil\u202C",
  "\uFEFF",
  "\uD800",
  "ｓｑｌ",
  "a".repeat(10_000),
  "",
  " ",
  "null",
  "NaN",
  "-1",
  "1e309",
  "0x7fffffff",
  "%00%27%22",
  "\\",
  "\r\n\r\nX-Injected: 1",
];

export const HOSTILE_NUMBERS = [
  -1,
  0,
  -0.5,
  1.5,
  0.1 + 0.2,
  1e308,
  -1e308,
  9007199254740993,
  2147483648,
  -2147483649,
  1e21,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
];

export const WRONG_TYPES: unknown[] = [
  null,
  true,
  false,
  [],
  {},
  [1, 2, 3],
  { $gt: "" },
  JSON.parse('{"__proto__": {"admin": true}, "constructor": {"prototype": {"admin": true}}}'),
  "123",
  123,
  [[[[[]]]]],
];

export const ALL_VALUES: unknown[] = [...HOSTILE_STRINGS, ...HOSTILE_NUMBERS, ...WRONG_TYPES];

/** Path segment values (encoded by the caller so they stay one segment). */
export const HOSTILE_IDS = [
  "' OR 1=1--",
  "<script>",
  "../../etc/passwd",
  "nope",
  "-1",
  "1e309",
  "नमस्ते",
  "🛒",
  "a".repeat(3000),
  "%00",
  "null",
  "00000000-0000-0000-0000-000000000000",
  "..",
  "%2e%2e",
];

export type RawVariant = { label: string; body: string | Buffer; contentType: string | null; chunked?: boolean };

/** Bodies that are broken as bytes or as JSON, whatever the endpoint expects. */
export function rawVariants(): RawVariant[] {
  const big = (bytes: number) => `{"note":"${"x".repeat(bytes - 12)}"}`;
  return [
    { label: "truncated json", body: '{"a":', contentType: "application/json" },
    { label: "single quotes", body: "{'a': 1}", contentType: "application/json" },
    { label: "trailing comma", body: '{"a": 1,}', contentType: "application/json" },
    { label: "not json", body: "hello world", contentType: "application/json" },
    { label: "empty body", body: "", contentType: "application/json" },
    { label: "whitespace body", body: "   \n ", contentType: "application/json" },
    { label: "json null", body: "null", contentType: "application/json" },
    { label: "json array", body: "[1,2,3]", contentType: "application/json" },
    { label: "json string", body: '"x"', contentType: "application/json" },
    { label: "json number", body: "42", contentType: "application/json" },
    { label: "infinite number", body: '{"amountPaise": 1e400, "quantity": 1e400}', contentType: "application/json" },
    {
      label: "invalid utf-8",
      body: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
      contentType: "application/json",
    },
    { label: "deep nesting", body: `${"[".repeat(50_000)}${"]".repeat(50_000)}`, contentType: "application/json" },
    { label: "deep objects", body: `${'{"a":'.repeat(5_000)}1${"}".repeat(5_000)}`, contentType: "application/json" },
    { label: "duplicate keys", body: '{"clientId":"x","clientId":"y"}', contentType: "application/json" },
    { label: "text/plain", body: '{"a":1}', contentType: "text/plain" },
    { label: "form encoded", body: "a=1&b=2", contentType: "application/x-www-form-urlencoded" },
    {
      label: "multipart",
      body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--',
      contentType: "multipart/form-data; boundary=x",
    },
    { label: "no content type", body: '{"a":1}', contentType: null },
    {
      label: "xml",
      body: '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>',
      contentType: "application/xml",
    },
    { label: "json charset latin1", body: '{"a":1}', contentType: "application/json; charset=latin1" },
    { label: "1 MB just under", body: big(1024 * 1024 - 64), contentType: "application/json" },
    { label: "1 MB over", body: big(1024 * 1024 + 4096), contentType: "application/json" },
    { label: "1 MB over, chunked", body: big(1024 * 1024 + 4096), contentType: "application/json", chunked: true },
    { label: "5 MB", body: big(5 * 1024 * 1024), contentType: "application/json" },
    {
      label: "huge array",
      body: JSON.stringify({ items: Array.from({ length: 50_000 }, () => ({ productId: "x", quantity: 1 })) }),
      contentType: "application/json",
    },
  ];
}

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  required?: string[];
  enum?: unknown[];
  format?: string;
  anyOf?: Schema[];
  oneOf?: Schema[];
  const?: unknown;
  minimum?: number;
};

/** A plausible value for a schema (the base that one hostile field at a time is swapped into). */
export function sampleOf(s: Schema | undefined, depth = 0): unknown {
  if (!s || depth > 4) return null;
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum[0];
  const alt = s.anyOf ?? s.oneOf;
  if (alt?.length) return sampleOf(alt.find((a) => a.type !== "null") ?? alt[0], depth + 1);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
  if (type === "object" || s.properties) {
    const out: Record<string, unknown> = {};
    for (const k of s.required ?? []) out[k] = sampleOf(s.properties?.[k], depth + 1);
    return out;
  }
  if (type === "array") return [sampleOf(s.items, depth + 1)];
  if (type === "integer" || type === "number") return Math.max(1, s.minimum ?? 1);
  if (type === "boolean") return false;
  if (s.format === "uuid") return crypto.randomUUID();
  if (s.format === "email") return `bench${crypto.randomInt(1e9)}@bench.local`;
  if (s.format === "date") return "2026-01-01";
  return "bench";
}

/** Property paths to poison: top-level fields, and fields of the first element of object arrays. */
export function fieldsOf(s: Schema | undefined): { path: string[]; schema: Schema }[] {
  const out: { path: string[]; schema: Schema }[] = [];
  const members = s?.anyOf ?? s?.oneOf ?? (s ? [s] : []);
  for (const m of members) {
    for (const [k, v] of Object.entries(m.properties ?? {})) {
      out.push({ path: [k], schema: v });
      for (const [k2, v2] of Object.entries(v.items?.properties ?? {})) out.push({ path: [k, "0", k2], schema: v2 });
    }
  }
  const seen = new Set<string>();
  return out.filter((f) => !seen.has(f.path.join(".")) && seen.add(f.path.join(".")));
}

/** A deep copy of base with the value at path replaced (arrays/objects made as needed). */
export function withValue(base: unknown, path: string[], value: unknown): unknown {
  const root: unknown = structuredClone(base ?? {});
  let cur = root as Record<string, unknown>;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i]!;
    const next = cur[k];
    if (next === null || typeof next !== "object") cur[k] = /^\d+$/.test(path[i + 1]!) ? [{}] : {};
    cur = cur[k] as Record<string, unknown>;
  }
  cur[path[path.length - 1]!] = value;
  return root;
}
