"use client";
import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * A value only the browser knows (window.location, localStorage, feature detection), read
 * without a mismatch: the server render and hydration use `serverValue`, then React re-renders
 * once with `read()`. `read` must return a primitive (or a stable reference).
 */
export function useBrowserValue<T>(read: () => T, serverValue: T): T {
  return useSyncExternalStore(never, read, () => serverValue);
}
