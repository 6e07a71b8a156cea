// What every use case shares: who acts, what it hands back (the value and the screens to
// refresh), and work that runs after the response (live events).
import "server-only";
import { after } from "next/server";

/**
 * A shop's owner or staff acting for that shop. At a shared counter `userId` is whoever
 * switched in by PIN and `signedInUserId` the session's own person (absent when the same).
 */
export type MerchantActor = { userId: string; merchantId: string; signedInUserId?: string };
/** A signed-up customer acting for themselves. */
export type CustomerActor = { userId: string };

/** A page (or, with "layout", every page under it) whose cached render is now stale. */
export type Refresh = { path: string; type?: "layout" | "page" };
export type Outcome<T> = { value: T; refresh: readonly Refresh[] };

export const outcome = <T>(value: T, ...refresh: (readonly Refresh[])[]): Outcome<T> => ({
  value,
  refresh: refresh.flat(),
});

/**
 * Run `task` after the response is sent (Next's after()); outside a request (tests, scripts)
 * run it now. A failure is logged, never turned into a failed write: the write committed.
 */
export async function afterResponse(label: string, task: () => Promise<void>): Promise<void> {
  const guarded = () => task().catch((err) => console.error(`[after] ${label} failed`, err));
  try {
    after(guarded);
  } catch {
    await guarded();
  }
}
