import { PosSkeleton } from "@/components/pos/pos-skeleton";

// The counter's shape while the route loads: the screen itself, not yet wired (see PosSkeleton).
export default function Loading() {
  return <PosSkeleton />;
}
