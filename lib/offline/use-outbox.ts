"use client";
// React hooks over the offline sales queue (lib/offline/outbox.ts).
//   const counts = useOutboxCounts()        → { pending, failed } | null (null until read),
//                                             live across tabs
//   const { flushing, lastReport, flushNow } = useAutoFlush(send)
//                                           → flushes when mounted, when the browser comes back
//                                             online, when the tab is shown or focused, after a
//                                             sale is queued, every 30 s while sales wait, and
//                                             after a failed attempt again in 2, 4, 8, then every 10 s;
//                                             send is the POS's "post one sale" call. After a
//                                             flush that sent something the page's server data
//                                             is refreshed once.
// The backoff matters: the browser's `online` event is not a promise the server is reachable
// (Wi-Fi without internet, a restarting server, or navigator.onLine already true after a reload
// while offline), and without it a failed flush waited for the 30 s timer.
import { useRouter } from "next/navigation";
import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import { count, flush, subscribeOutbox, type FlushReport, type Send } from "./outbox";

/**
 * A value read from the queue, read again after every change in any tab. `read` must be stable
 * (a module-level function). When the read fails (no IndexedDB) the value becomes `unreadable`,
 * or stays as it is when none is given.
 */
export function useOutboxRead<T>(read: () => Promise<T>, initial: T, unreadable?: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let alive = true;
    // Transitions: a re-read is never urgent, and the screen it redraws (the whole counter)
    // is drawn in slices rather than in one long task.
    const refresh = () =>
      void read()
        .then((v) => alive && startTransition(() => setValue(() => v)))
        .catch(() => alive && unreadable !== undefined && startTransition(() => setValue(() => unreadable)));
    refresh();
    const off = subscribeOutbox(refresh);
    return () => {
      alive = false;
      off();
    };
  }, [read, unreadable]);
  return value;
}

const NOTHING_WAITS = { pending: 0, failed: 0 };

/** { pending, failed }, null until read; no IndexedDB means nothing can wait. */
export const useOutboxCounts = () =>
  useOutboxRead<{ pending: number; failed: number } | null>(count, null, NOTHING_WAITS);

/** Delay before the next try after `failures` failed flushes in a row: 2, 4, 8, then 10 s (one small request per device). */
export const retryDelayMs = (failures: number, capMs = 10_000) => Math.min(capMs, 1_000 * 2 ** Math.max(1, failures));

export function useAutoFlush<P>(send: Send<P>, { intervalMs = 30_000 }: { intervalMs?: number } = {}) {
  const router = useRouter();
  const sendRef = useRef(send);
  useEffect(() => {
    sendRef.current = send;
  }, [send]);
  const [flushing, setFlushing] = useState(false);
  const [lastReport, setLastReport] = useState<FlushReport | null>(null);
  const running = useRef(false);
  const failures = useRef(0);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flushNow = useCallback(async (): Promise<FlushReport | null> => {
    if (running.current || !navigator.onLine) return null;
    running.current = true;
    setFlushing(true);
    clearTimeout(retryTimer.current);
    let report: FlushReport | null = null;
    try {
      report = await flush<P>((item) => sendRef.current(item));
      setLastReport(report);
      return report;
    } catch {
      return null; // storage trouble: the sales stay queued, the backoff tries again
    } finally {
      running.current = false;
      setFlushing(false);
      if (report && !report.skipped && report.sent.length) router.refresh(); // stock and dues changed
      const stuck = !report || Boolean(report.stoppedOn);
      failures.current = stuck ? failures.current + 1 : 0;
      if (stuck) retryTimer.current = setTimeout(() => void flushNow(), retryDelayMs(failures.current));
    }
  }, [router]);

  useEffect(() => {
    void flushNow();
    const now = () => {
      failures.current = 0;
      void flushNow();
    };
    const onVisible = () => document.visibilityState === "visible" && now();
    window.addEventListener("online", now);
    window.addEventListener("focus", now);
    window.addEventListener("pageshow", now);
    document.addEventListener("visibilitychange", onVisible);
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
    void count()
      .then((c) => (seen = c.pending))
      .catch(() => {});
    const tick = setInterval(() => {
      void count()
        .then((c) => (c.pending > 0 ? flushNow() : null))
        .catch(() => {});
    }, intervalMs);
    return () => {
      window.removeEventListener("online", now);
      window.removeEventListener("focus", now);
      window.removeEventListener("pageshow", now);
      document.removeEventListener("visibilitychange", onVisible);
      off();
      clearTimeout(timer);
      clearTimeout(retryTimer.current);
      clearInterval(tick);
    };
  }, [flushNow, intervalMs]);

  return { flushing, lastReport, flushNow };
}
