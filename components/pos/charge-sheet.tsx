"use client";
// The one confirm step after "Charge": shows what will be recorded and takes the final tap
// (Cash received / Card payment done / Received / Add to tab). A network failure keeps the
// sheet open with Retry, which resends the same sale (same clientId: never recorded twice).
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { formatPaise } from "@/lib/money";
import { overCreditLimit } from "@/lib/pos/cart";
import type { PosCustomer, PosShop } from "@/lib/pos/pos-data";
import type { PosBuyer, SalePayload } from "@/lib/pos/sale-payload";
import { discountOf } from "@/lib/domain/gst-tax";
import { BillDiscountField } from "./bill-discount-field";
import { BuyerField } from "./buyer-field";
import { ChargeDetails } from "./charge-details";
import { SaleAlert, type SaleAlertProps } from "./sale-alert";

type Props = {
  payload: SalePayload;
  totalPaise: number;
  shop: PosShop;
  customer: PosCustomer | null;
  sending: boolean;
  alert: SaleAlertProps | null;
  onConfirm: () => void;
  onCancel: () => void;
  /** Both only for someone with discount_over_limit (the server refuses anyone else). */
  onDiscount?: (d: SalePayload["discount"]) => void;
  onBuyer?: (b: PosBuyer | undefined) => void;
};

const CONFIRM_KEY = { CASH: "cashConfirm", CARD: "cardConfirm", UPI: "upiConfirm", CREDIT: "creditConfirm" } as const;

export function ChargeSheet(props: Props) {
  const { payload, shop, customer, sending, alert, onConfirm, onCancel, onDiscount, onBuyer } = props;
  // A buyer half typed (bad GSTIN, no name) holds the sale back rather than dropping the buyer.
  const [buyerInvalid, setBuyerInvalid] = useState(false);
  // The discount is shown as the server will take it (lib/domain/gst-tax.ts); the receipt is the server's.
  const totalPaise = props.totalPaise - discountOf(props.totalPaise, payload.discount);
  const t = useTranslations("pos.confirm");
  const tm = useTranslations("pos.method");
  const locale = useLocale();
  const customerName = payload.buyer?.name ?? customer?.name ?? payload.newCustomer?.name ?? null;
  // Over the limit: the owner or a manager allows it once (audited); anyone else gets no
  // "Add to tab" that is bound to be refused.
  const overLimit = payload.method === "CREDIT" && overCreditLimit(customer, totalPaise);
  const blocked = overLimit && !payload.allowOverLimit;

  return (
    <div className="fixed inset-0 z-40 flex items-end justify-center bg-black/40 p-0 sm:items-center sm:p-4 print:hidden">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="pos-charge-title"
        className="flex max-h-dvh w-full max-w-lg flex-col gap-4 overflow-auto rounded-t-2xl bg-white p-5 shadow-xl sm:rounded-2xl"
        data-testid="pos-charge-sheet"
      >
        <div>
          <h2 id="pos-charge-title" className="text-2xl font-bold tabular-nums">
            {t("title", { amount: formatPaise(totalPaise, locale) })}
          </h2>
          <p className="text-stone-700">
            {tm(payload.method)} · {customerName ? t("to", { name: customerName }) : t("guest")}
          </p>
        </div>
        {onDiscount ? <BillDiscountField discount={payload.discount} onChange={onDiscount} disabled={sending} /> : null}
        {onBuyer && shop.gstStatus === "REGULAR" ? (
          <BuyerField
            shopStateCode={shop.stateCode ?? null}
            disabled={sending}
            onChange={(b, valid) => {
              setBuyerInvalid(!valid);
              onBuyer(b);
            }}
          />
        ) : null}
        <ChargeDetails
          method={payload.method}
          totalPaise={totalPaise}
          shop={shop}
          customer={customer}
          customerName={customerName}
          clientId={payload.clientId}
        />
        {alert ? <SaleAlert {...alert} /> : null}
        <div className="flex gap-2">
          <Button
            autoFocus
            type="button"
            size="lg"
            className="min-h-16 flex-1 text-xl"
            disabled={sending || blocked || buyerInvalid}
            onClick={onConfirm}
            data-testid="pos-confirm"
          >
            {sending
              ? t("sending")
              : alert?.retry
                ? t("retry")
                : blocked
                  ? t("overLimitBlocked")
                  : overLimit
                    ? t("overLimitAllow")
                    : t(CONFIRM_KEY[payload.method])}
          </Button>
          <Button
            type="button"
            variant="secondary"
            size="lg"
            className="min-h-16"
            disabled={sending}
            onClick={onCancel}
          >
            {t("cancel")}
          </Button>
        </div>
      </div>
    </div>
  );
}
