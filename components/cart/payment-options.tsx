"use client";
import type { PaymentMethod } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";

export type PayMethod = PaymentMethod;
export type PayShop = { shopName: string; upiId: string | null; upiPayeeName: string | null; payLater: boolean };

/**
 * How the customer will pay. UPI is paid on the order's page once the order exists, so the link
 * carries the order reference (tr) and no one pays for an order the stock refused; pay later is
 * offered only where the shop already keeps this customer's account (the domain refuses it
 * elsewhere), and says why when it is not.
 */
export function PaymentOptions({
  shop,
  method,
  onChange,
}: {
  shop: PayShop;
  method: PayMethod;
  onChange: (m: PayMethod) => void;
}) {
  const t = useTranslations("cart.pay");
  const options: { value: PayMethod; disabled: boolean; why?: string }[] = [
    { value: "CASH", disabled: false },
    { value: "CARD", disabled: false },
    { value: "UPI", disabled: !shop.upiId, why: shop.upiId ? undefined : t("noUpi") },
    { value: "CREDIT", disabled: !shop.payLater, why: shop.payLater ? t("payLaterNote") : t("payLaterUnavailable") },
  ];
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 font-semibold">{t("title")}</legend>
      {options.map((o) => (
        <label
          key={o.value}
          className={`flex gap-3 rounded-lg p-3 ring-1 ${o.disabled ? "cursor-not-allowed bg-stone-50 text-stone-500 ring-stone-200" : method === o.value ? "cursor-pointer bg-brand-50 ring-brand-500" : "cursor-pointer ring-stone-300"}`}
        >
          <input
            type="radio"
            name="paymentMethod"
            value={o.value}
            checked={method === o.value}
            disabled={o.disabled}
            onChange={() => onChange(o.value)}
            className="mt-1"
          />
          <span className="flex flex-col">
            <span className="font-medium">{t(o.value)}</span>
            {o.why ? <span className="text-sm">{o.why}</span> : null}
          </span>
        </label>
      ))}
      {method === "UPI" && shop.upiId ? (
        <p className="rounded-lg bg-brand-50 p-3 text-sm text-stone-700" data-testid="upi-after-order">
          {t("upiHelp")}
        </p>
      ) : null}
    </fieldset>
  );
}
