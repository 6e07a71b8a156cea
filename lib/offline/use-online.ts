"use client";
// useOnline(): the browser's view of the network (navigator.onLine plus online/offline
// events). "true" only means a network interface is up, not that the server answers: the
// outbox still treats any failed send as retryable.
import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}
