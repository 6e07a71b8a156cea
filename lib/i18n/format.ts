// Locale-aware formatting shared by server and client components.
import { intlLocale, type Locale } from "./config";

export function formatDate(d: Date | string, locale: Locale | string, timeZone = "Asia/Kolkata", withTime = false) {
  return new Intl.DateTimeFormat(intlLocale(locale === "hi" ? "hi" : "en"), {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone,
    ...(withTime ? { hour: "numeric", minute: "2-digit" } : {}),
  }).format(typeof d === "string" ? new Date(d) : d);
}
