"use client";
// After a sale: the receipt, with "New sale" as the big first button (Enter does it too).
import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { Receipt } from "@/components/receipt/receipt";
import { ReceiptActions } from "@/components/receipt/receipt-actions";
import { Button } from "@/components/ui/button";
import type { SaleReceiptWithShop } from "@/lib/domain/sale-receipt";

export function SaleDone({
  receipt,
  timeZone,
  onNewSale,
}: {
  receipt: SaleReceiptWithShop;
  timeZone: string;
  onNewSale: () => void;
}) {
  const t = useTranslations("pos.done");
  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-4" data-testid="pos-done">
      <div className="flex items-center justify-between gap-3 print:hidden">
        <h1 className="flex items-center gap-2 text-xl font-semibold text-brand-700" role="status">
          <Check aria-hidden className="size-6" strokeWidth={2.5} />
          {t("title")}
        </h1>
      </div>
      {receipt.replayed ? (
        <p
          className="rounded-lg bg-amber-50 px-4 py-2 text-amber-900 ring-1 ring-amber-200 print:hidden"
          data-testid="pos-replayed"
        >
          {t("replayed")}
        </p>
      ) : null}
      <Button
        type="button"
        size="lg"
        autoFocus
        className="min-h-16 text-xl print:hidden"
        onClick={onNewSale}
        data-testid="pos-new-sale"
      >
        {t("newSale")}
      </Button>
      <Receipt receipt={receipt} timeZone={timeZone} />
      <ReceiptActions
        saleId={receipt.id}
        shopName={receipt.shop.name}
        amountPaise={receipt.amountPaise}
        linkPath={receipt.bill?.linkPath}
        phone={receipt.customer?.phone}
      />
    </div>
  );
}
