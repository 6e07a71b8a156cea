"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { changeOrderStatusAction } from "@/app/merchant/orders/actions";
import { Button } from "@/components/ui/button";
import type { OrderMove } from "@/lib/validation/order";
import { orderFailureText } from "./failure";

const LABEL: Record<Exclude<OrderMove, "CANCELLED">, string> = {
  ACCEPTED: "accept",
  READY: "ready",
  COMPLETED: "complete",
};

/** Buttons for the moves the order allows now (decided on the server); cancelling asks for a reason. */
export function OrderActions({ orderId, moves }: { orderId: string; moves: OrderMove[] }) {
  const t = useTranslations("orders.actions");
  const te = useTranslations("orders.errors");
  const ts = useTranslations("orders.status");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);

  if (!moves.length) return null;

  const move = (status: OrderMove) => {
    setError(null);
    start(async () => {
      try {
        const res = await changeOrderStatusAction(orderId, {
          status,
          reason: status === "CANCELLED" ? reason : undefined,
        });
        if (!res.ok) {
          setError(orderFailureText(te, ts, res));
          // Someone else moved it: show where it is now.
          if (res.code === "invalid_transition") router.refresh();
          return;
        }
        setCancelling(false);
        setReason("");
        router.refresh();
      } catch {
        setError(te("generic"));
      }
    });
  };

  const forward = moves.filter((m): m is Exclude<OrderMove, "CANCELLED"> => m !== "CANCELLED");
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {forward.map((m) => (
          <Button key={m} type="button" size="sm" disabled={pending} onClick={() => move(m)}>
            {t(LABEL[m])}
          </Button>
        ))}
        {moves.includes("CANCELLED") && !cancelling ? (
          <Button type="button" size="sm" variant="secondary" disabled={pending} onClick={() => setCancelling(true)}>
            {t("cancel")}
          </Button>
        ) : null}
      </div>
      {cancelling ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            move("CANCELLED");
          }}
          className="flex flex-col gap-2 rounded-lg bg-stone-50 p-3"
        >
          <label htmlFor={`reason-${orderId}`} className="text-sm font-medium">
            {t("reason")}
          </label>
          <input
            id={`reason-${orderId}`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={200}
            required
            autoFocus
            placeholder={t("reasonHint")}
            className="rounded-lg border border-stone-300 px-3 py-2"
          />
          <div className="flex gap-2">
            <Button type="submit" size="sm" variant="danger" disabled={pending || !reason.trim()}>
              {t("confirmCancel")}
            </Button>
            <Button type="button" size="sm" variant="ghost" disabled={pending} onClick={() => setCancelling(false)}>
              {t("keep")}
            </Button>
          </div>
        </form>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
