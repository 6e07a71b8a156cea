"use client";
// Print the receipt, or share its link: the system share sheet where there is one (phones,
// tablets), else the link is copied. The link opens the merchant-only receipt page.
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { formatPaise } from "@/lib/money";

type Props = { saleId: string; shopName: string; amountPaise: number };

export function ReceiptActions({ saleId, shopName, amountPaise }: Props) {
  const t = useTranslations("receipt");
  const locale = useLocale();
  const [note, setNote] = useState<string | null>(null);

  async function share() {
    const url = `${window.location.origin}/merchant/sales/${saleId}/receipt`;
    const data = {
      title: t("shareTitle", { shop: shopName }),
      text: t("shareText", { shop: shopName, amount: formatPaise(amountPaise, locale) }),
      url,
    };
    if (typeof navigator.share === "function" && (!navigator.canShare || navigator.canShare(data))) {
      try {
        await navigator.share(data);
        return;
      } catch (err) {
        if ((err as Error).name === "AbortError") return; // the user closed the share sheet
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setNote(t("copied"));
    } catch {
      setNote(t("copyFailed", { url }));
    }
  }

  return (
    <div className="flex flex-col gap-2 print:hidden">
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" size="lg" className="min-h-14 flex-1" onClick={() => window.print()}>
          {t("print")}
        </Button>
        <Button type="button" variant="secondary" size="lg" className="min-h-14 flex-1" onClick={share}>
          {t("share")}
        </Button>
      </div>
      {note ? (
        <p role="status" className="text-sm break-all text-stone-700" data-testid="receipt-share-note">
          {note}
        </p>
      ) : null}
    </div>
  );
}
