"use client";
// Drop <LiveRefresh types={["sale.created", "payment.created"]} /> into a server-rendered
// screen and it re-renders (router.refresh) when such an event arrives: the page keeps
// reading through its own server queries, so there is still one data path.
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useLiveEvents } from "@/components/realtime/use-live-events";

export function LiveRefresh({ types, debounceMs = 300 }: { types: string[]; debounceMs?: number }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // A burst (ten sales synced at once after an offline spell) is one refresh, not ten.
  useLiveEvents(types, () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      router.refresh();
    }, debounceMs);
  });

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return null;
}
