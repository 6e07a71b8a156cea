"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { claimPaymentAction } from "@/app/customer/bills/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { UpiQr } from "@/components/upi/upi-qr";
import { formatPaise, paiseToDecimalString, parseRupeesToPaise } from "@/lib/money";
import { shopUpiUri } from "@/lib/upi";
import { failureText } from "./failure";

type Props = {
  customerId: string;
  shopName: string;
  upi: { upiId: string; payeeName: string | null } | null;
  /** The due less what the customer already claimed: the most they can claim now. */
  payablePaise: number;
};

/**
 * Pay the shop by UPI, then say so. On a phone "Pay with UPI" opens the UPI app with the
 * amount filled in; on a wider screen the QR is shown to scan with the phone. "I have paid"
 * only opens a claim: the due changes when the shop confirms the money arrived.
 */
export function PayPanel({ customerId, shopName, upi, payablePaise }: Props) {
  const t = useTranslations("bills.pay");
  const te = useTranslations("bills.errors");
  const tv = useTranslations("validation");
  const locale = useLocale();
  const router = useRouter();
  const [amount, setAmount] = useState(() => (payablePaise > 0 ? paiseToDecimalString(payablePaise) : ""));
  const [showQr, setShowQr] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const money = (p: number) => formatPaise(p, locale);

  if (payablePaise <= 0) {
    return (
      <section className="rounded-xl bg-white p-4 ring-1 ring-stone-200" aria-labelledby="pay-title">
        <h2 id="pay-title" className="font-semibold">
          {t("title")}
        </h2>
        {done ? (
          <p
            role="status"
            data-testid="claim-sent"
            className="mt-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900"
          >
            {done}
          </p>
        ) : null}
        <p className="mt-1 text-stone-600">{t("nothingToPay")}</p>
      </section>
    );
  }
  if (!upi) {
    return (
      <section className="rounded-xl bg-white p-4 ring-1 ring-stone-200" aria-labelledby="pay-title">
        <h2 id="pay-title" className="font-semibold">
          {t("title")}
        </h2>
        <p className="mt-1 text-stone-700" data-testid="no-upi">
          {t("noUpi", { shop: shopName })}
        </p>
      </section>
    );
  }

  const paise = parseRupeesToPaise(amount);
  const amountError =
    paise === null || paise <= 0
      ? te("amount")
      : paise > payablePaise
        ? te("claim_more_than_due", { amount: money(payablePaise) })
        : null;
  const uri =
    amountError || paise === null
      ? null
      : shopUpiUri({ upiId: upi.upiId, upiPayeeName: upi.payeeName, shopName }, paise, t("upiNote"));

  const claim = () => {
    if (amountError || paise === null) return setError(amountError);
    setError(null);
    start(async () => {
      try {
        const res = await claimPaymentAction({ customerId, amountPaise: paise });
        if (!res.ok) {
          const left =
            typeof (res.details as { payablePaise?: unknown } | undefined)?.payablePaise === "number"
              ? (res.details as { payablePaise: number }).payablePaise
              : payablePaise;
          return setError(failureText(tv, te, res, { amount: money(left) }));
        }
        setDone(t("claimed", { amount: money(res.amountPaise) }));
        router.refresh();
      } catch {
        setError(te("generic"));
      }
    });
  };

  return (
    <section className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-stone-200" aria-labelledby="pay-title">
      <h2 id="pay-title" className="font-semibold">
        {t("title")}
      </h2>
      <Field
        name="amount"
        label={t("amount")}
        inputMode="decimal"
        autoComplete="off"
        value={amount}
        onChange={(e) => {
          setAmount(e.target.value);
          setError(null);
        }}
        hint={t("amountHint")}
        error={error ?? undefined}
      />
      {uri ? (
        <>
          <a
            href={uri}
            data-testid="pay-upi-link"
            className="rounded-xl bg-brand-600 px-5 py-4 text-center text-lg font-medium text-white hover:bg-brand-700 md:hidden"
          >
            {t("withUpi", { amount: money(paise!) })}
          </a>
          <button
            type="button"
            onClick={() => setShowQr((v) => !v)}
            className="text-sm text-brand-700 underline md:hidden"
          >
            {showQr ? t("hideQr") : t("showQr")}
          </button>
          <div className={`${showQr ? "flex" : "hidden"} flex-col items-center gap-2 md:flex`}>
            <p className="text-sm text-stone-600">{t("scan", { shop: shopName })}</p>
            <UpiQr uri={uri} label={shopName} />
          </div>
        </>
      ) : null}
      <div className="flex flex-col gap-2 border-t border-stone-100 pt-3">
        <p className="text-sm text-stone-600">{t("waitingNote")}</p>
        <Button
          type="button"
          variant="secondary"
          size="lg"
          onClick={claim}
          disabled={pending || !!amountError}
          data-testid="i-have-paid"
        >
          {pending
            ? t("sending")
            : paise && !amountError
              ? t("iHavePaid", { amount: money(paise) })
              : t("iHavePaidPlain")}
        </Button>
        {done ? (
          <p role="status" data-testid="claim-sent" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {done}
          </p>
        ) : null}
      </div>
    </section>
  );
}
