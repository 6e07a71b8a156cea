"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { Card, EmptyState } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { UpiQr } from "@/components/upi/upi-qr";
import { MAX_SALE_PAISE, parseRupeesToPaise } from "@/lib/money";
import { shopUpiUri } from "@/lib/upi";

/** The saved UPI details as customers will scan them: a static QR, and one carrying a typed amount. */
export function QrPreview({ shop }: { shop: { shopName: string; upiId: string | null; upiPayeeName: string | null } }) {
  const t = useTranslations("settings.preview");
  const [amount, setAmount] = useState("");
  const staticUri = shopUpiUri(shop);
  const paise = amount.trim() ? parseRupeesToPaise(amount) : null;
  const amountOk = paise !== null && paise > 0 && paise <= MAX_SALE_PAISE;
  const amountUri = amountOk ? shopUpiUri(shop, paise) : null;

  return (
    <Card className="p-5">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm text-stone-600">{t("intro")}</p>
      {!staticUri ? (
        <div className="mt-4">
          <EmptyState title={t("empty")} />
        </div>
      ) : (
        <>
          <div className="mt-4 grid gap-6 sm:grid-cols-2">
            <section aria-labelledby="qr-static" className="flex flex-col items-center gap-2">
              <h3 id="qr-static" className="text-sm font-medium text-stone-700">
                {t("withoutAmount")}
              </h3>
              <UpiQr uri={staticUri} size={200} label={shop.upiPayeeName || shop.shopName} />
            </section>
            <section aria-labelledby="qr-amount" className="flex flex-col items-center gap-3">
              <h3 id="qr-amount" className="text-sm font-medium text-stone-700">
                {t("withAmount")}
              </h3>
              <Field
                name="previewAmount"
                label={t("amount")}
                inputMode="decimal"
                autoComplete="off"
                value={amount}
                onChange={(e) => setAmount(e.target.value)}
                hint={t("amountHint")}
                error={amount.trim() && !amountOk ? t("amountInvalid") : undefined}
                className="w-full max-w-56"
              />
              {amountUri ? <UpiQr uri={amountUri} size={200} label={shop.upiPayeeName || shop.shopName} /> : null}
            </section>
          </div>
          <Link
            href="/merchant/settings/standee"
            className="mt-5 inline-flex rounded-lg bg-white px-4 py-2.5 font-medium text-stone-800 ring-1 ring-stone-300 hover:bg-stone-100"
          >
            {t("standee")}
          </Link>
        </>
      )}
    </Card>
  );
}
