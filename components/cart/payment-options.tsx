"use client";
import type { PaymentMethod } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";
import { UpiQr } from "@/components/upi/upi-qr";
import { buildUpiUri } from "@/lib/upi";

export type PayMethod = PaymentMethod;
export type PayShop = { shopName: string; upiId: string | null; upiPayeeName: string | null; payLater: boolean };

/**
 * How the customer will pay. UPI shows the shop's QR with the amount filled in; pay later is
 * offered only where the shop already keeps this customer's account (the domain refuses it
 * elsewhere), and says why when it is not.
 */
export function PaymentOptions({
  shop,
  method,
  onChange,
  totalPaise,
}: {
  shop: PayShop;
  method: PayMethod;
  onChange: (m: PayMethod) => void;
  totalPaise: number;
}) {
  const t = useTranslations("cart.pay");
  const options: { value: PayMethod; disabled: boolean; why?: string }[] = [
    { value: "CASH", disabled: false },
    { value: "CARD", disabled: false },
    { value: "UPI", disabled: !shop.upiId, why: shop.upiId ? undefined : t("noUpi") },
    { value: "CREDIT", disabled: !shop.payLater, why: shop.payLater ? t("payLaterNote") : t("payLaterUnavailable") },
  ];
  const uri =
    method === "UPI" && shop.upiId && totalPaise > 0
      ? buildUpiUri({
          pa: shop.upiId,
          pn: shop.upiPayeeName || shop.shopName,
          amountPaise: totalPaise,
          note: t("upiNote", { shop: shop.shopName }),
        })
      : null;
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
      {uri ? (
        <div className="flex flex-col items-center gap-2 rounded-lg bg-white p-3 ring-1 ring-stone-200">
          <UpiQr uri={uri} label={shop.shopName} />
          <p className="text-center text-sm text-stone-600">{t("upiHelp")}</p>
        </div>
      ) : null}
    </fieldset>
  );
}
