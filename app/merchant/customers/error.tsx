"use client";
import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

// An unexpected failure on the khata screens: logged, a plain message in the page frame.
export default function CustomersError(props: RouteErrorProps) {
  return <RouteError {...props} namespace="customers" />;
}
