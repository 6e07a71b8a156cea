"use client";
// Print the bill, or share its link: the system share sheet where there is one (phones,
// tablets), else the link is copied; WhatsApp opens a chat (with the customer's number when
// known). The link is the bill's public, signed one (no sign-in), or for a sale from before
// bills existed the merchant-only receipt page.
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { formatPaise } from "@/lib/money";

type Props = {
  saleId: string;
  shopName: string;
  amountPaise: number;
  linkPath?: string | null;
  phone?: string | null;
};

export function ReceiptActions({ saleId, shopName, amountPaise, linkPath, phone }: Props) {
  const t = useTranslations("receipt");
  const locale = useLocale();
  const [note, setNote] = useState<string | null>(null);

  const link = () => `${window.location.origin}${linkPath ?? `/merchant/sales/${saleId}/receipt`}`;

  function whatsapp() {
    const text = `${t("shareText", { shop: shopName, amount: formatPaise(amountPaise, locale) })} ${link()}`;
    const to = phone ? `91${phone}` : "";
    window.open(`https://wa.me/${to}?text=${encodeURIComponent(text)}`, "_blank", "noopener");
  }

  async function share() {
    const url = link();
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
        <Button type="button" variant="secondary" size="lg" className="min-h-14 flex-1" onClick={whatsapp}>
          {t("whatsapp")}
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
