"use client";
import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

// An unexpected failure on the customer's order screens: logged, a plain message.
export default function MyOrdersError(props: RouteErrorProps) {
  return <RouteError {...props} namespace="orders" />;
}
