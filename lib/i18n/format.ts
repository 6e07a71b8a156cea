// Locale-aware formatting shared by server and client components.
import { intlLocale, type Locale } from "./config";

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
/**
 * One Intl formatter per `key` (its kind, language and options): building one costs far more
 * than using it, and a table or a card formats dozens.
 */
export function cachedFormatter<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

export function formatDate(d: Date | string, locale: Locale | string, timeZone = "Asia/Kolkata", withTime = false) {
  const tag = intlLocale(locale === "hi" ? "hi" : "en");
  return cachedFormatter(
    `date:${tag}:${timeZone}:${withTime}`,
    () =>
      new Intl.DateTimeFormat(tag, {
        day: "numeric",
        month: "short",
        year: "numeric",
        timeZone,
        ...(withTime ? { hour: "numeric", minute: "2-digit" } : {}),
      }),
  ).format(typeof d === "string" ? new Date(d) : d);
}
