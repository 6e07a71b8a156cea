"use client";
// React hooks over the offline sales queue (lib/offline/outbox.ts).
//   const counts = useOutboxCounts()        → { pending, failed } | null (null until read),
//                                             live across tabs
//   const { flushing, lastReport, flushNow } = useAutoFlush(send)
//                                           → flushes when mounted, when the browser comes back
//                                             online, after a sale is queued, and every 30 s while
//                                             sales wait; send is the POS's "post one sale" call
import { useCallback, useEffect, useRef, useState } from "react";
import { count, flush, subscribeOutbox, type FlushReport, type Send } from "./outbox";

export function useOutboxCounts() {
  const [counts, setCounts] = useState<{ pending: number; failed: number } | null>(null);
  useEffect(() => {
    let alive = true;
    const refresh = () =>
      count()
        .then((c) => alive && setCounts(c))
        .catch(() => alive && setCounts({ pending: 0, failed: 0 })); // no IndexedDB: nothing can wait
    refresh();
    const off = subscribeOutbox(refresh);
    return () => {
      alive = false;
      off();
    };
  }, []);
  return counts;
}

export function useAutoFlush<P>(send: Send<P>, { intervalMs = 30_000 }: { intervalMs?: number } = {}) {
  const sendRef = useRef(send);
  useEffect(() => {
    sendRef.current = send;
  }, [send]);
  const [flushing, setFlushing] = useState(false);
  const [lastReport, setLastReport] = useState<FlushReport | null>(null);
  const running = useRef(false);

  const flushNow = useCallback(async () => {
    if (running.current || !navigator.onLine) return null;
    running.current = true;
    setFlushing(true);
    try {
      const report = await flush<P>((item) => sendRef.current(item));
      setLastReport(report);
      return report;
    } catch {
      return null; // storage trouble: the sales stay queued, the next trigger tries again
    } finally {
      running.current = false;
      setFlushing(false);
    }
  }, []);

  useEffect(() => {
    void flushNow();
    const onOnline = () => void flushNow();
    window.addEventListener("online", onOnline);
    // A newly queued sale triggers a flush (debounced). Only a rise in the count does: the
    // queue's own bookkeeping after a failed send must not loop into instant retries.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let seen = Number.POSITIVE_INFINITY;
    const off = subscribeOutbox(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void count()
          .then((c) => {
            if (c.pending > seen) void flushNow();
            seen = c.pending;
          })
          .catch(() => {});
      }, 300);
    });
    void count().then((c) => (seen = c.pending)).catch(() => {});
    const tick = setInterval(() => {
      void count()
        .then((c) => (c.pending > 0 ? flushNow() : null))
        .catch(() => {});
    }, intervalMs);
    return () => {
      window.removeEventListener("online", onOnline);
      off();
      clearTimeout(timer);
      clearInterval(tick);
    };
  }, [flushNow, intervalMs]);

  return { flushing, lastReport, flushNow };
}
