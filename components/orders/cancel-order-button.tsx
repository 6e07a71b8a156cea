"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { cancelMyOrderAction } from "@/app/customer/orders/actions";
import { Button } from "@/components/ui/button";
import { orderFailureText } from "./failure";

/** The customer's "Cancel order", offered while the shop has not accepted it. Asks once. */
export function CancelOrderButton({ orderId }: { orderId: string }) {
  const t = useTranslations("orders.customer");
  const te = useTranslations("orders.errors");
  const ts = useTranslations("orders.status");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const cancel = () => {
    setError(null);
    start(async () => {
      try {
        const res = await cancelMyOrderAction({ orderId });
        if (!res.ok) setError(orderFailureText(te, ts, res));
        setConfirming(false);
        router.refresh();
      } catch {
        setError(te("generic"));
      }
    });
  };

  return (
    <div className="flex flex-col items-start gap-1">
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm">{t("cancelConfirm")}</span>
          <Button type="button" size="sm" variant="danger" disabled={pending} onClick={cancel}>
            {t("cancelYes")}
          </Button>
          <Button type="button" size="sm" variant="ghost" disabled={pending} onClick={() => setConfirming(false)}>
            {t("cancelNo")}
          </Button>
        </div>
      ) : (
        <Button type="button" size="sm" variant="secondary" onClick={() => setConfirming(true)}>
          {t("cancel")}
        </Button>
      )}
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
