// Display helpers for the analytics cards (server and client): plain Intl, no hooks, so a
// chart tooltip formats exactly like the card around it. Money goes through lib/money.
import { intlLocale } from "@/lib/i18n/config";
import { cachedFormatter as cached } from "@/lib/i18n/format";

const tag = (locale: string) => intlLocale(locale === "hi" ? "hi" : "en");
/** A shop-local calendar date (YYYY-MM-DD) as a Date at UTC midnight: format it in UTC. */
const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);

export function formatDay(date: string, locale: string, withYear = false): string {
  return cached(
    `day:${tag(locale)}:${withYear}`,
    () =>
      new Intl.DateTimeFormat(tag(locale), {
        day: "numeric",
        month: "short",
        ...(withYear ? { year: "numeric" } : {}),
        timeZone: "UTC",
      }),
  ).format(utcDay(date));
}

export function formatWeekday(date: string, locale: string): string {
  return cached(
    `weekday:${tag(locale)}`,
    () => new Intl.DateTimeFormat(tag(locale), { weekday: "long", timeZone: "UTC" }),
  ).format(utcDay(date));
}

/** 12.5 -> "12.5%" (the sign is shown by the arrow beside it). */
export function formatPct(pct: number, locale: string): string {
  return cached(
    `pct:${tag(locale)}`,
    () => new Intl.NumberFormat(tag(locale), { style: "percent", maximumFractionDigits: 1 }),
  ).format(Math.abs(pct) / 100);
}

export function formatCount(n: number, locale: string): string {
  return cached(`count:${tag(locale)}`, () => new Intl.NumberFormat(tag(locale))).format(n);
}

/** Whole-rupee axis labels, e.g. "₹12K" / "₹1.2L": the exact paise are in the tooltip. */
export function formatRupeesCompact(paise: number, locale: string): string {
  return cached(
    `compact:${tag(locale)}`,
    () =>
      new Intl.NumberFormat(tag(locale), {
        style: "currency",
        currency: "INR",
        notation: "compact",
        minimumFractionDigits: 0,
        maximumFractionDigits: 1,
      }),
  ).format(Math.round(paise / 100));
}

/** Share of a total in whole percent points with one decimal, from integers. */
export const sharePct = (part: number, total: number) => (total <= 0 ? 0 : Math.round((part * 1000) / total) / 10);
