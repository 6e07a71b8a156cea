"use client";
// The parts of the counter that are not needed to ring up an amount: the confirm sheet (with
// the UPI QR encoder), the receipt, and the new-customer form (with its validation schema).
// Split out of the first load, then fetched soon after (preloadPosParts), so the first tap on
// Charge does not wait for them; offline, the service worker has precached them all.
import dynamic from "next/dynamic";

export const ChargeSheet = dynamic(() => import("./charge-sheet").then((m) => m.ChargeSheet), { ssr: false });
export const SaleDone = dynamic(() => import("./sale-done").then((m) => m.SaleDone), { ssr: false });
export const NewCustomerForm = dynamic(() => import("./new-customer-form").then((m) => m.NewCustomerForm), {
  ssr: false,
});

const load = () =>
  void Promise.all([import("./charge-sheet"), import("./sale-done"), import("./new-customer-form")]).catch(() => {});

/**
 * Fetches the split-out parts at the first tap or key press (an amount takes a few, so they are
 * in before Charge), or after a few idle seconds: never while the counter itself is loading.
 */
export function preloadPosParts(): () => void {
  const events = ["pointerdown", "keydown"] as const;
  const start = () => {
    stop();
    load();
  };
  const timer = setTimeout(start, 4000);
  const stop = () => {
    clearTimeout(timer);
    for (const e of events) window.removeEventListener(e, start, true);
  };
  for (const e of events) window.addEventListener(e, start, { capture: true, passive: true });
  return stop;
}
