import { useTranslations } from "next-intl";
import type { OrderStatus } from "@/lib/generated/prisma/client";

const tones: Record<OrderStatus, string> = {
  PLACED: "bg-sky-50 text-sky-800 ring-sky-200",
  ACCEPTED: "bg-amber-50 text-amber-900 ring-amber-200",
  READY: "bg-brand-50 text-brand-700 ring-brand-100",
  COMPLETED: "bg-green-50 text-green-800 ring-green-200",
  CANCELLED: "bg-stone-100 text-stone-700 ring-stone-200",
};

/** Not async: used by server lists and client cards alike. */
export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const t = useTranslations("orders.status");
  return (
    <span
      data-testid="order-status"
      data-status={status}
      className={`whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ${tones[status]}`}
    >
      {t(status)}
    </span>
  );
}
