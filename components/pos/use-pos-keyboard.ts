"use client";
// A hardware keyboard at the counter: digits, + - * / x, "." and = type into the calculator,
// Backspace deletes, Escape clears (or closes the sheet), Enter is equals / charge / confirm.
// Typing in a search box or form is left alone.
//
// A USB barcode scanner is a keyboard too: it "types" a long code in a few milliseconds and
// presses Enter. That burst must add a product, not become an amount that Enter then charges.
import { useEffect, useRef } from "react";
import { keyFromKeyboard, type CalcKey } from "@/lib/pos/calculator";

type Handlers = {
  onKey: (key: CalcKey) => void;
  onEnter: () => void;
  onEscape: () => void;
  /** A new run of digits starts (remember the amount, in case it turns out to be a scan). */
  onDigitsStart: () => void;
  /** A scanner typed this code and Enter. */
  onScan: (code: string) => void;
};

/** Faster than any hand: a scanner sends keys a few ms apart. */
const SCAN_GAP_MS = 40;
const SCAN_MIN_LENGTH = 6;

function isTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT";
}

export function usePosKeyboard(handlers: Handlers) {
  // The latest handlers, without re-subscribing on every render.
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    let run = "";
    let last = 0;
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing || isTextField(e.target)) return;
      const k = keyFromKeyboard(e.key);
      if (!k) return;
      // Also stops Enter from "clicking" whichever button was tapped last.
      e.preventDefault();
      const now = e.timeStamp;
      const fast = now - last <= SCAN_GAP_MS;
      if (/^\d$/.test(e.key)) {
        if (!fast || !run) {
          run = "";
          ref.current.onDigitsStart();
        }
        run += e.key;
        last = now;
        ref.current.onKey(k as CalcKey);
        return;
      }
      const code = run;
      run = "";
      if (k === "enter" && fast && code.length >= SCAN_MIN_LENGTH) ref.current.onScan(code);
      else if (k === "enter") ref.current.onEnter();
      else if (k === "clear" && e.key === "Escape") ref.current.onEscape();
      else ref.current.onKey(k);
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
