// The analytics period picker: today | 7d | 30d | month | custom from/to, turned into UTC
// instants at the shop's local midnights, plus the previous period of the same length.
// Pure (no database), so the page, the CSV export and the API resolve periods the same way.
import { z } from "zod";
import { addDays, zonedDate, zonedDayStart } from "@/lib/time";
import { DomainError } from "./errors";

export const PERIOD_KEYS = ["today", "7d", "30d", "month", "custom"] as const;
export type PeriodKey = (typeof PERIOD_KEYS)[number];
export const DEFAULT_PERIOD: PeriodKey = "7d";
export const MAX_RANGE_DAYS = 366;

/** Half-open range [from, to) of instants, with the zone its days are counted in. */
export type Period = { from: Date; to: Date; tz: string };

/** A period with its local calendar dates (toDate inclusive) and the period just before it. */
export type ResolvedPeriod = Period & {
  key: PeriodKey;
  fromDate: string;
  toDate: string;
  days: number;
  previous: Period & { fromDate: string; toDate: string };
};

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Use a YYYY-MM-DD date" })
  // A regex alone accepts 2026-02-31: round-trip through UTC to prove the day exists.
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
    { error: "Invalid date" },
  );

/** Whole days from date a to date b (YYYY-MM-DD), ignoring time zones and DST. */
export const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

export const periodInput = z
  .object({
    period: z.enum(PERIOD_KEYS, { error: "Unknown period" }).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .superRefine((v, ctx) => {
    const custom = v.period === "custom" || (!v.period && (v.from || v.to));
    if (!custom) return;
    if (!v.from) ctx.addIssue({ code: "custom", path: ["from"], message: "Pick a start date" });
    if (!v.to) ctx.addIssue({ code: "custom", path: ["to"], message: "Pick an end date" });
    if (!v.from || !v.to) return;
    if (v.from > v.to) ctx.addIssue({ code: "custom", path: ["to"], message: "The end date is before the start date" });
    else if (daysBetween(v.from, v.to) + 1 > MAX_RANGE_DAYS)
      ctx.addIssue({ code: "custom", path: ["to"], message: `Pick at most ${MAX_RANGE_DAYS} days` });
  });
export type PeriodInputRaw = { period?: string | null; from?: string | null; to?: string | null };

function fromDates(key: PeriodKey, fromDate: string, toDate: string, tz: string): ResolvedPeriod {
  const days = daysBetween(fromDate, toDate) + 1;
  const prevFrom = addDays(fromDate, -days);
  const prevTo = addDays(fromDate, -1);
  return {
    key,
    fromDate,
    toDate,
    days,
    tz,
    from: zonedDayStart(fromDate, tz),
    // Exclusive end: the local midnight after the last day (23 or 25 hours away on DST days).
    to: zonedDayStart(addDays(toDate, 1), tz),
    previous: {
      fromDate: prevFrom,
      toDate: prevTo,
      tz,
      from: zonedDayStart(prevFrom, tz),
      to: zonedDayStart(fromDate, tz),
    },
  };
}

/** Parse the picker into a resolved period. Throws DomainError("invalid_input") with field messages. */
export function resolvePeriod(raw: PeriodInputRaw, tz: string, now: Date = new Date()): ResolvedPeriod {
  const clean = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== null && v !== undefined && v !== ""));
  const parsed = periodInput.safeParse(clean);
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "period"), i.message]));
    throw new DomainError("invalid_input", Object.values(fields)[0] ?? "Invalid period", fields);
  }
  const v = parsed.data;
  const today = zonedDate(now, tz);
  const key: PeriodKey = v.period ?? (v.from ? "custom" : DEFAULT_PERIOD);
  switch (key) {
    case "today":
      return fromDates(key, today, today, tz);
    case "7d":
      return fromDates(key, addDays(today, -6), today, tz);
    case "30d":
      return fromDates(key, addDays(today, -29), today, tz);
    // Month to date: the 1st of this month through today.
    case "month":
      return fromDates(key, `${today.slice(0, 7)}-01`, today, tz);
    case "custom":
      return fromDates(key, v.from!, v.to!, tz);
  }
}

/** For pages: a bad picker value falls back to the default period and reports why. */
export function resolvePeriodOrDefault(
  raw: PeriodInputRaw,
  tz: string,
  now: Date = new Date(),
): { period: ResolvedPeriod; error: string | null } {
  try {
    return { period: resolvePeriod(raw, tz, now), error: null };
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    return { period: resolvePeriod({ period: DEFAULT_PERIOD }, tz, now), error: err.message };
  }
}

/** The previous period of the same number of local days, for any period. */
export function previousPeriod(p: Period): Period {
  if ("previous" in p) return (p as ResolvedPeriod).previous;
  const fromDate = zonedDate(p.from, p.tz);
  // `to` is exclusive: the last included day is the one just before it.
  const days = daysBetween(fromDate, zonedDate(new Date(p.to.getTime() - 1), p.tz)) + 1;
  return { from: zonedDayStart(addDays(fromDate, -days), p.tz), to: p.from, tz: p.tz };
}

/** Search params as the picker writes them, for links (CSV export) that must keep the period. */
export function periodSearchParams(p: Pick<ResolvedPeriod, "key" | "fromDate" | "toDate">): URLSearchParams {
  return new URLSearchParams(p.key === "custom" ? { from: p.fromDate, to: p.toDate } : { period: p.key });
}

/** First value of a Next.js searchParams entry. */
export { firstParam } from "@/lib/url-params";
