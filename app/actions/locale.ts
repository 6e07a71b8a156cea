"use server";
import { cookies } from "next/headers";
import { getCurrentUser } from "@/lib/auth/session";
import { LOCALE_COOKIE, isLocale, type Locale } from "@/lib/i18n/config";
import { saveLocale } from "@/lib/usecases/account";

const YEAR = 365 * 24 * 60 * 60;

/** Switch language: remembered on this device (cookie) and, when signed in, on the account. */
export async function setLocale(locale: Locale) {
  if (!isLocale(locale)) return { ok: false as const };
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: YEAR, sameSite: "lax" });
  const user = await getCurrentUser();
  if (user) await saveLocale(user.id, locale);
  return { ok: true as const };
}

/** After sign-in: the account's saved language wins; an account with none adopts the device's. */
export async function syncLocaleAfterSignIn() {
  const user = await getCurrentUser();
  if (!user) return;
  const jar = await cookies();
  if (isLocale(user.locale)) {
    jar.set(LOCALE_COOKIE, user.locale, { path: "/", maxAge: YEAR, sameSite: "lax" });
  } else {
    const device = jar.get(LOCALE_COOKIE)?.value;
    if (isLocale(device)) await saveLocale(user.id, device);
  }
}
