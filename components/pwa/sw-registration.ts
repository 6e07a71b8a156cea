// Client-side service worker lifecycle, shared by RegisterSw (root layout) and UpdatePrompt.
// Production builds only: `next dev` stays free of service workers (and removes one left
// behind by a production run on the same address).
//   startServiceWorker()  register /sw.js once per page load
//   subscribeUpdate / getUpdateState   "none" | "waiting" (a new version is installed) |
//                         "activated" (another tab switched to it: this page is outdated)
//   applyUpdate()         activate the waiting version (SKIP_WAITING) and reload this tab
export type UpdateState = "none" | "waiting" | "activated";

export const SW_ENABLED = process.env.NODE_ENV === "production";
const CHECK_EVERY_MS = 60 * 60 * 1000; // counter tablets stay open all day

let state: UpdateState = "none";
let waiting: ServiceWorker | null = null;
let reloadOnControllerChange = false;
let started = false;
const listeners = new Set<() => void>();

function setState(next: UpdateState, worker: ServiceWorker | null = waiting) {
  waiting = worker;
  if (state === next) return;
  state = next;
  listeners.forEach((l) => l());
}

export const getUpdateState = () => state;
export function subscribeUpdate(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export async function startServiceWorker() {
  if (started || typeof navigator === "undefined" || !("serviceWorker" in navigator)) return;
  started = true;
  const sw = navigator.serviceWorker;
  if (!SW_ENABLED) {
    const regs = await sw.getRegistrations();
    await Promise.all(regs.map((r) => r.unregister()));
    return;
  }

  let controlled = Boolean(sw.controller);
  sw.addEventListener("controllerchange", () => {
    if (reloadOnControllerChange) return window.location.reload();
    // The first worker claiming this page is not an update; a later change is.
    if (controlled) setState("activated", null);
    controlled = true;
  });

  let reg: ServiceWorkerRegistration;
  try {
    reg = await sw.register("/sw.js", { scope: "/", updateViaCache: "none" });
  } catch (e) {
    console.warn("service worker not registered", e); // the app still works online
    return;
  }
  // A worker that finishes installing while an older one controls the page is an update.
  const track = (worker: ServiceWorker | null) => {
    if (!worker) return;
    const check = () => {
      if (worker.state === "installed" && sw.controller) setState("waiting", worker);
    };
    check();
    worker.addEventListener("statechange", check);
  };
  if (reg.waiting && sw.controller) setState("waiting", reg.waiting);
  track(reg.installing);
  reg.addEventListener("updatefound", () => track(reg.installing));

  const lookForUpdate = () => {
    if (document.visibilityState === "visible") reg.update().catch(() => {});
  };
  document.addEventListener("visibilitychange", lookForUpdate);
  setInterval(lookForUpdate, CHECK_EVERY_MS);
}

export function applyUpdate() {
  if (state === "waiting" && waiting) {
    reloadOnControllerChange = true;
    waiting.postMessage({ type: "SKIP_WAITING" });
    // If the switch never comes (the worker vanished), reload anyway.
    setTimeout(() => window.location.reload(), 4000);
    return;
  }
  window.location.reload();
}
