// The messages provider of one route section: only the namespaces its client components use
// (lib/i18n/client-namespaces.ts, checked against the code by its test). A provider replaces
// the one above it, so each section's list covers everything rendered inside it. A bill prints
// in the shop's chosen language: `locale` (and the shop's `timeZone`) switch the catalogue.
import { NextIntlClientProvider, useMessages } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { CLIENT_NAMESPACES, type ClientScope, pickMessages } from "@/lib/i18n/client-namespaces";
import { catalogs } from "@/messages";

export function ClientMessages({
  scope,
  locale,
  timeZone,
  children,
}: {
  scope: ClientScope;
  locale?: Locale;
  timeZone?: string;
  children: React.ReactNode;
}) {
  const current = useMessages();
  const messages = pickMessages(locale ? catalogs[locale] : current, CLIENT_NAMESPACES[scope]);
  return locale ? (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={messages}>
      {children}
    </NextIntlClientProvider>
  ) : (
    <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>
  );
}
