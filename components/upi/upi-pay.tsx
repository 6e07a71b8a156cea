"use client";
// <UpiPay uri shopName reference? />: how a phone pays a shop: a button with the `upi://pay`
// link (it opens the payment app on this phone) and the QR (to pay from another phone, or
// on a desktop). The reference, when given, is the `tr` inside the link, shown to match by.
import { useLocale, useTranslations } from "next-intl";
import { formatPaise } from "@/lib/money";
import { parseUpiUri } from "@/lib/upi";
import { UpiQr } from "./upi-qr";

export function UpiPay({ uri, shopName, reference }: { uri: string; shopName: string; reference?: string }) {
  const t = useTranslations("common.upiPay");
  const locale = useLocale();
  const amountPaise = parseUpiUri(uri)?.amountPaise;
  return (
    <div className="flex w-full flex-col items-center gap-3">
      <a
        href={uri}
        data-testid="pay-upi-link"
        className="w-full rounded-xl bg-brand-600 px-5 py-4 text-center text-lg font-medium text-white hover:bg-brand-700"
      >
        {amountPaise ? t("open", { amount: formatPaise(amountPaise, locale, true) }) : t("openNoAmount")}
      </a>
      {reference ? (
        <p className="text-sm text-stone-700" data-testid="upi-reference">
          {t("reference", { reference })}
        </p>
      ) : null}
      <p className="text-center text-sm text-stone-600">{t("scan", { shop: shopName })}</p>
      <UpiQr uri={uri} label={shopName} />
    </div>
  );
}
