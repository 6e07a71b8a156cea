// URL state, read one way: a page's searchParams through a zod object whose fields each
// `.catch()` their default, so a hand-edited or stale URL (sort=foo, page=-1) falls back
// instead of failing the page.
import { z } from "zod";

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a repeated parameter (?a=1&a=2 -> "1"). */
export const firstParam = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Every parameter's first value. */
export const flatParams = (sp: SearchParams): Record<string, string | undefined> =>
  Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, firstParam(v)]));

/** Parse the URL with a schema whose fields `.catch()`: never throws for a bad value. */
export function readParams<S extends z.ZodType>(schema: S, sp: SearchParams): z.output<S> {
  return schema.parse(flatParams(sp));
}

/** Building blocks for such schemas. */
export const param = {
  /** Trimmed text, at most `max` characters; empty = absent. */
  text: (max: number) =>
    z
      .string()
      .transform((s) => s.trim().slice(0, max) || undefined)
      .optional()
      .catch(undefined),
  /** A 1-based page number, 1 when missing or nonsense. */
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  /** One of the given words, else `fallback`. */
  oneOf: <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
    z.enum(values).catch(fallback),
};

/** A row id as the URLs carry it (cuid-like): short, URL-safe, nothing that could smuggle SQL or paths. */
const ENTITY_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const isEntityId = (s: string) => ENTITY_ID.test(s);
