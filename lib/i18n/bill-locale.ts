// The language a bill prints in: the shop's choice in Settings, else the reader's.
import { DEFAULT_LOCALE, isLocale, type Locale } from "./config";

export function billLocale(shopChoice: string | null | undefined, reader: string): Locale {
  if (isLocale(shopChoice)) return shopChoice;
  return isLocale(reader) ? reader : DEFAULT_LOCALE;
}
