// Who is at a shared counter tablet: the signed-in session stays, and a PIN switch sets a
// signed, http-only cookie naming the staff member now selling (12 hours at most). The cookie
// is only believed for the shop of the session that set it, and for a person of that shop.
import "server-only";
import crypto from "node:crypto";
import { cookies } from "next/headers";

export const COUNTER_COOKIE = "gs_counter";
const MAX_AGE_S = 12 * 3600;

function secret(): string {
  const s = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!s) throw new Error("AUTH_SECRET is not set");
  return s;
}

const mac = (payload: string) => crypto.createHmac("sha256", secret()).update(payload).digest("base64url");

export function signCounter(userId: string, merchantId: string, now = Date.now()): string {
  const payload = `${userId}.${merchantId}.${Math.floor(now / 1000) + MAX_AGE_S}`;
  return `${payload}.${mac(payload)}`;
}

export function verifyCounter(value: string, now = Date.now()): { userId: string; merchantId: string } | null {
  const parts = value.split(".");
  if (parts.length !== 4) return null;
  const [userId, merchantId, exp, sig] = parts as [string, string, string, string];
  const expected = mac(`${userId}.${merchantId}.${exp}`);
  if (sig.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(expected))) return null;
  if (Number(exp) * 1000 < now) return null;
  return { userId, merchantId };
}

/** The switched-in person at this counter, if any (outside a request: none). */
export async function counterActor(): Promise<{ userId: string; merchantId: string } | null> {
  try {
    const v = (await cookies()).get(COUNTER_COOKIE)?.value;
    return v ? verifyCounter(v) : null;
  } catch {
    return null;
  }
}

export async function setCounterActor(userId: string, merchantId: string): Promise<void> {
  (await cookies()).set(COUNTER_COOKIE, signCounter(userId, merchantId), {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: MAX_AGE_S,
  });
}

export async function clearCounterActor(): Promise<void> {
  (await cookies()).delete(COUNTER_COOKIE);
}
