// next-intl request config: the locale is the cookie (set by the switcher, and from the
// user's saved choice at sign-in), else the browser's Accept-Language.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { catalogs } from "@/messages";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, negotiateLocale } from "./config";

export async function currentLocale() {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  return negotiateLocale((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
}

export default getRequestConfig(async () => {
  const locale = await currentLocale();
  return {
    locale,
    messages: catalogs[locale],
    timeZone: "Asia/Kolkata",
    formats: {
      dateTime: {
        short: { day: "numeric", month: "short", year: "numeric" },
        time: { hour: "numeric", minute: "2-digit" },
        full: { day: "numeric", month: "short", year: "numeric", hour: "numeric", minute: "2-digit" },
      },
    },
  };
});
