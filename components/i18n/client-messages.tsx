// The messages provider of one route section: only the namespaces its client components use
// (lib/i18n/client-namespaces.ts, checked against the code by its test). A provider replaces
// the one above it, so each section's list covers everything rendered inside it.
import { NextIntlClientProvider, useMessages } from "next-intl";
import { CLIENT_NAMESPACES, type ClientScope, pickMessages } from "@/lib/i18n/client-namespaces";

export function ClientMessages({ scope, children }: { scope: ClientScope; children: React.ReactNode }) {
  const messages = useMessages();
  return (
    <NextIntlClientProvider messages={pickMessages(messages, CLIENT_NAMESPACES[scope])}>
      {children}
    </NextIntlClientProvider>
  );
}
