// Who is at a shared counter tablet: the signed-in session stays, and a PIN switch records the
// staff member now selling against that session's id (CounterSession, keyed by the JWT's `sid`).
// The record lives on the server, so nothing the tablet holds or deletes (a cookie) can hand the
// counter back to the owner: only another PIN switch does, or signing out (a new session id).
// It is only believed for the shop it was made in, and for an active person of that shop.
import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { sessionClaims } from "./session-claims";

/** As long as the session itself can live (options.ts: 30 days). */
const MAX_AGE_MS = 30 * 24 * 3600_000;

export async function counterPersonFor(
  merchantId: string,
  sessionId: string,
  now = new Date(),
): Promise<string | null> {
  const row = await db.counterSession.findUnique({
    where: { merchantId_sessionId: { merchantId, sessionId } },
    select: { userId: true, expiresAt: true },
  });
  return row && row.expiresAt > now ? row.userId : null;
}

export async function recordCounterPerson(merchantId: string, sessionId: string, userId: string, now = new Date()) {
  const expiresAt = new Date(now.getTime() + MAX_AGE_MS);
  await db.counterSession.upsert({
    where: { merchantId_sessionId: { merchantId, sessionId } },
    create: { merchantId, sessionId, userId, switchedAt: now, expiresAt },
    update: { userId, switchedAt: now, expiresAt },
  });
}

async function forgetCounterPerson(sessionId: string, merchantId?: string) {
  await db.counterSession.deleteMany({ where: { sessionId, ...(merchantId ? { merchantId } : {}) } });
}

/** The user id of the switched-in person at this counter for the caller's shop, if any (outside a request: none). */
export async function counterActor(merchantId: string): Promise<string | null> {
  const sid = await currentSessionId();
  return sid ? counterPersonFor(merchantId, sid) : null;
}

export async function setCounterActor(userId: string, merchantId: string): Promise<void> {
  const sid = await currentSessionId();
  // A session from before session ids existed cannot hold a switch safely: sign in again once.
  if (!sid)
    throw new DomainError("forbidden", "Sign out and in again to switch people here", { pin: "pin_sign_in_again" });
  await recordCounterPerson(merchantId, sid, userId);
}

export async function clearCounterActor(merchantId?: string): Promise<void> {
  const sid = await currentSessionId();
  if (sid) await forgetCounterPerson(sid, merchantId);
}

async function currentSessionId(): Promise<string | null> {
  try {
    return (await sessionClaims())?.sid ?? null;
  } catch {
    return null; // outside a request (scripts, tests)
  }
}
