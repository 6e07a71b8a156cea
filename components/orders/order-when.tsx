import { useLocale } from "next-intl";
import { formatDate } from "@/lib/i18n/format";

/** "22 Nov 2026, 4:05 pm" in the viewer's time zone, like every other date in the app. */
export function OrderWhen({ at, timeZone }: { at: Date; timeZone: string }) {
  const locale = useLocale();
  return <time dateTime={at.toISOString()}>{formatDate(at, locale, timeZone, true)}</time>;
}
