import "server-only";
import { dummyVerify } from "@/lib/auth/password";
import { getDb } from "@/lib/db";

/**
 * Pay the first request's one-off costs when the server starts, not during a burst: the
 * Prisma client (its WebAssembly query compiler, the pool's first connection), the plan of
 * the sign-in look-up, and the argon2 module with the hash unknown accounts are checked
 * against. Measured: without it the first sign-ins after a start held the JS thread for
 * 0.7-1.3 s, every other request (health included) waiting behind them. Best effort: with
 * the database down at start the requests themselves report it as before.
 */
export async function warmUp(): Promise<void> {
  try {
    await getDb().user.findFirst({ where: { email: "warm-up@invalid" }, select: { id: true } });
  } catch {
    // database not reachable yet: nothing to warm
  }
  await dummyVerify("warm-up").catch(() => {});
}
