"use client";
import { useEffect } from "react";
import "./install-store"; // start listening for the install offer from the first page
import "@/lib/zod-browser"; // before any form schema parses in this browser
import { startServiceWorker } from "./sw-registration";

const IDLE_TIMEOUT_MS = 4000;
const PAINT_TIMEOUT_MS = 10_000;

/**
 * Calls `then` once this page has painted its first content (a buffered observer also sees a
 * paint that came before it), or after PAINT_TIMEOUT_MS where the browser reports no paints.
 */
function afterFirstPaint(then: () => void): () => void {
  let done = false;
  let observer: PerformanceObserver | null = null;
  const timer = setTimeout(fire, PAINT_TIMEOUT_MS);
  function fire() {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    then();
  }
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName("first-contentful-paint").length > 0) fire();
    });
    observer.observe({ type: "paint", buffered: true });
  } catch {
    fire(); // no PerformanceObserver, or no paint entries in this browser
  }
  return () => {
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
  };
}

/**
 * Registers the service worker (production builds only) once the page has loaded, painted
 * and gone idle. Installing it fetches the whole precache (about 90 files, 2 MB): begun at
 * `load`, that work held a phone's first paint back to 1.2-2.4 s in Lighthouse (bench/README §13).
 */
export function RegisterSw() {
  useEffect(() => {
    let stopIdleWait = () => {};
    let stopPaintWait = () => {};
    const start = () => void startServiceWorker();
    const whenIdle = () => {
      if (typeof window.requestIdleCallback === "function") {
        const id = window.requestIdleCallback(start, { timeout: IDLE_TIMEOUT_MS });
        stopIdleWait = () => window.cancelIdleCallback(id);
      } else {
        // Safari has no requestIdleCallback.
        const id = setTimeout(start, 1000);
        stopIdleWait = () => clearTimeout(id);
      }
    };
    const onLoad = () => {
      stopPaintWait = afterFirstPaint(whenIdle);
    };
    if (document.readyState === "complete") onLoad();
    else window.addEventListener("load", onLoad, { once: true });
    return () => {
      window.removeEventListener("load", onLoad);
      stopPaintWait();
      stopIdleWait();
    };
  }, []);
  return null;
}
