// Closed-loop load: N clients, each sending its next request when the last one answered,
// until the duration is over or the request cap is reached (every loop stops by itself).

export type Outcome = { status: number; ms: number; timedOut?: boolean };
export type LoadResult = {
  elapsedMs: number;
  count: number;
  latencies: number[];
  statuses: Record<string, number>;
  timedOut: number;
};

export async function closedLoop(opts: {
  clients: number;
  durationMs: number;
  maxRequests?: number;
  fn: (client: number, seq: number) => Promise<Outcome>;
}): Promise<LoadResult> {
  const cap = opts.maxRequests ?? 1_000_000;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let started = 0;
  let timedOut = 0;
  const t0 = performance.now();
  const until = t0 + opts.durationMs;
  const client = async (c: number) => {
    for (let seq = 0; performance.now() < until && started < cap; seq++) {
      started++;
      const o = await opts.fn(c, seq);
      latencies.push(o.ms);
      statuses[o.status] = (statuses[o.status] ?? 0) + 1;
      if (o.timedOut) timedOut++;
    }
  };
  await Promise.all(Array.from({ length: opts.clients }, (_, c) => client(c)));
  return { elapsedMs: performance.now() - t0, count: latencies.length, latencies, statuses, timedOut };
}

/** Run fns with at most `limit` in flight. */
export async function inBatches<T>(
  items: T[],
  limit: number,
  fn: (item: T, i: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i]!, i);
      }
    }),
  );
}
