"use client";
import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

// An unexpected failure on an inventory screen: logged, a plain message in the shop's frame.
export default function InventoryError(props: RouteErrorProps) {
  return <RouteError {...props} namespace="inventory" />;
}
