"use client";
// Turns off the bill's public link for good (a link sent to the wrong number, say).
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { revokeBillLinkAction } from "@/app/merchant/sales/actions";
import { Button } from "@/components/ui/button";

export function RevokeLinkButton({ billId }: { billId: string }) {
  const t = useTranslations("gst.link");
  const [done, setDone] = useState(false);
  const [pending, start] = useTransition();
  if (done)
    return (
      <p role="status" className="text-sm text-stone-700">
        {t("revoked")}
      </p>
    );
  return (
    <Button
      type="button"
      variant="secondary"
      disabled={pending}
      onClick={() =>
        start(async () => {
          const r = await revokeBillLinkAction(billId);
          if (r.ok) setDone(true);
        })
      }
    >
      {t("revoke")}
    </Button>
  );
}
