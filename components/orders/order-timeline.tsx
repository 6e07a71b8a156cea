import { useTranslations } from "next-intl";
import type { OrderDto } from "@/lib/domain/orders";
import { OrderWhen } from "./order-when";

/** When the order was placed, accepted, ready, completed or cancelled (only the steps that happened). */
export function OrderTimeline({ order, timeZone }: { order: OrderDto; timeZone: string }) {
  const t = useTranslations("orders.timeline");
  const steps = [
    ["placed", order.placedAt],
    ["accepted", order.acceptedAt],
    ["ready", order.readyAt],
    ["completed", order.completedAt],
    ["cancelled", order.cancelledAt],
  ] as const;
  return (
    <ol className="flex flex-col gap-2 border-l-2 border-stone-200 pl-4 text-sm">
      {steps
        .filter(([, at]) => at)
        .map(([key, at]) => (
          <li key={key} className="relative">
            <span
              aria-hidden
              className={`absolute -left-[1.4rem] top-1 h-2.5 w-2.5 rounded-full ${key === "cancelled" ? "bg-stone-400" : "bg-brand-500"}`}
            />
            <span className="font-medium">{t(key)}</span>{" "}
            <span className="text-stone-600">
              <OrderWhen at={at!} timeZone={timeZone} />
            </span>
          </li>
        ))}
    </ol>
  );
}
