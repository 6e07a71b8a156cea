"use client";
import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

// An unexpected failure on the orders screens: logged, a plain message in the shop's frame.
export default function OrdersError(props: RouteErrorProps) {
  return <RouteError {...props} namespace="orders" />;
}
