import { OrderSummarySkeleton } from "@/components/orders/order-summary";

export default function Loading() {
  return <OrderSummarySkeleton panel="h-64" />;
}
