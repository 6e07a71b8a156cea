// Which message namespaces each part of the app sends to the browser. A client component can
// only translate with the messages its nearest <ClientMessages> provider carries, and every
// namespace sent is JSON in the page's payload, on every visit: so each route section gets
// exactly the namespaces its client components call useTranslations() with, no more.
// Keys are the directory of the layout that renders the provider ("app" = the root layout,
// which also covers the area shells and pages without a provider of their own).
// lib/i18n/client-namespaces.test.ts derives these lists from the code (the client components
// each route reaches through its imports) and fails on a missing or unused namespace.
import type { catalogs } from "@/messages";

export type Namespace = keyof (typeof catalogs)["en"];

export const CLIENT_NAMESPACES = {
  app: ["common", "nav", "pwa"],
  "app/(auth)/login": ["auth"],
  "app/(auth)/register": ["auth", "common", "validation"],
  "app/(auth)/reset-password": ["auth", "validation"],
  "app/admin/audit": [],
  "app/admin/guests": [],
  "app/admin/merchants": ["admin", "validation"],
  "app/admin/orders": [],
  "app/admin/transactions": [],
  "app/admin/users": ["admin"],
  "app/customer/bills": ["bills", "profile", "settings", "validation"],
  "app/customer/expenses": [],
  "app/customer/history": [],
  "app/customer/orders": ["common", "orders", "settings"],
  "app/customer/profile": ["profile", "validation"],
  "app/customer/shops": ["cart", "shops"],
  "app/merchant/analytics": ["analytics", "common"],
  "app/merchant/customers": ["bills", "customers", "sales", "validation"],
  "app/merchant/inventory": ["gst", "inventory", "validation"],
  "app/merchant/orders": ["orders"],
  "app/merchant/pos": ["gst", "pos", "receipt", "settings", "validation"],
  "app/merchant/reminders": ["customers"],
  "app/merchant/sales": ["sales"],
  "app/merchant/sales/[id]/receipt": ["gst", "receipt", "settings", "validation"],
  "app/b/[token]": ["gst", "receipt", "settings"],
  "app/merchant/settings": ["common", "gst", "settings", "validation"],
  "app/merchant/shift": ["shift", "validation"],
  "app/merchant/staff": ["staff", "validation"],
  "app/offline": [],
  "app/s": [],
  "app/api/docs": [],
} as const satisfies Record<string, readonly Namespace[]>;

export type ClientScope = keyof typeof CLIENT_NAMESPACES;

/** The given top-level namespaces of a message catalogue. */
export function pickMessages<M extends Record<string, unknown>>(messages: M, namespaces: readonly string[]) {
  return Object.fromEntries(namespaces.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]])) as Partial<M>;
}
