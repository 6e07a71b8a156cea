// A cap on one shop's concurrent writes in this app instance, so a burst from one shop (1,000
// sales at once) takes at most SHOP_WRITE_CONCURRENCY of the pool's connections and every
// other shop keeps being served. A few more wait their turn; past that the answer is 429
// with Retry-After at once, before any connection is taken.
import { ApiError } from "@/lib/api/errors";

type Gate = { active: number; waiting: Array<() => void> };
const gates = new Map<string, Gate>();

const setting = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

export async function withShopWriteSlot<T>(merchantId: string, work: () => Promise<T>): Promise<T> {
  const maxActive = setting("SHOP_WRITE_CONCURRENCY", 4);
  const maxWaiting = setting("SHOP_WRITE_QUEUE", 8);
  let gate = gates.get(merchantId);
  if (!gate) gates.set(merchantId, (gate = { active: 0, waiting: [] }));
  if (gate.active < maxActive) gate.active++;
  else if (gate.waiting.length < maxWaiting) await new Promise<void>((resolve) => gate.waiting.push(resolve));
  else
    throw new ApiError(
      429,
      "rate_limited",
      "This shop is sending too many changes at once. Try again in a moment.",
      undefined,
      undefined,
      {
        "Retry-After": "1",
      },
    );
  try {
    return await work();
  } finally {
    const next = gate.waiting.shift();
    if (next) next();
    else if (--gate.active === 0) gates.delete(merchantId); // no idle entry per shop ever seen
  }
}

/** For tests: writes in flight for a shop. */
export const shopWrites = (merchantId: string) => gates.get(merchantId)?.active ?? 0;
