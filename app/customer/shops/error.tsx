"use client";
import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

// An unexpected failure while browsing shops: logged, a plain message, never a stack trace.
export default function ShopsError(props: RouteErrorProps) {
  return <RouteError {...props} namespace="shops" />;
}
