// The words of a due reminder, in the customer's language: the WhatsApp text (with the due,
// the signed statement link and a UPI pay link) and the push notification. Pure: the usecase,
// the API and the tests build the same text from the same catalogs.
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { formatPaise } from "@/lib/money";
import { catalogs } from "@/messages";

type Input = {
  locale: Locale;
  shopName: string;
  customerName: string;
  duePaise: number;
  statementUrl: string;
  upiUri: string | null;
};

const t = (locale: Locale) =>
  createTranslator({ locale, messages: catalogs[locale], namespace: "customers.reminders" });

export function reminderText(i: Input): string {
  const tr = t(i.locale);
  const amount = formatPaise(i.duePaise, i.locale, true);
  const lines = [tr("message.body", { name: i.customerName, shop: i.shopName, amount, statement: i.statementUrl })];
  if (i.upiUri) lines.push(tr("message.upi", { upi: i.upiUri }));
  return lines.join("\n\n");
}

export function reminderPush(i: Pick<Input, "locale" | "shopName" | "duePaise">): { title: string; body: string } {
  const tr = t(i.locale);
  const amount = formatPaise(i.duePaise, i.locale, true);
  return { title: tr("push.title", { shop: i.shopName }), body: tr("push.body", { amount }) };
}

/** A wa.me link that opens WhatsApp with the text, to the tab's number (+91) when there is one. */
export function whatsappUrl(phone: string | null, text: string): string {
  const digits = (phone ?? "").replace(/\D/g, "");
  const to = digits.length === 10 ? `91${digits}` : digits.length === 12 && digits.startsWith("91") ? digits : "";
  return `https://wa.me/${to}?text=${encodeURIComponent(text)}`;
}
