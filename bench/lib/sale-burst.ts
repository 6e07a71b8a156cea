// A burst of counter sales that runs until told to stop, recording every attempt: which
// clientId, when, what came back. The drills stop PostgreSQL or the app underneath it.
import crypto from "node:crypto";
import { json, request } from "./http";

export type Attempt = {
  clientId: string;
  body: unknown;
  start: number;
  end: number;
  status: number;
  code?: string;
  saleId?: string;
  error?: string;
  /** The instance that answered, when a proxy says (nginx's X-Upstream in the cluster drill). */
  upstream?: string;
};

export type Burst = {
  attempts: Attempt[];
  /** clientId -> sale id, for every 201/200. */
  acked: Map<string, string>;
  attempted: Set<string>;
  stop(): Promise<void>;
  /** Clients stop starting new sales (in-flight ones finish). */
  pause(): void;
  resume(): void;
};

export function saleBody(products: string[], clientId = crypto.randomUUID()) {
  const a = crypto.randomInt(products.length);
  const b = (a + 1 + crypto.randomInt(products.length - 1)) % products.length;
  return {
    clientId,
    payment: "cash",
    items: [
      { productId: products[a]!, quantity: 1 },
      { productId: products[b]!, quantity: 2 },
    ],
  };
}

export async function postSale(
  baseUrl: string,
  token: string,
  body: { clientId: string },
  timeoutMs: number,
): Promise<Attempt> {
  const start = Date.now();
  const r = await request(baseUrl, "/api/v1/sales", { token, body, timeoutMs });
  const j = json<{ id?: string; error?: { code?: string } }>(r);
  return {
    clientId: body.clientId,
    body,
    start,
    end: Date.now(),
    status: r.status,
    code: j?.error?.code,
    saleId: r.status < 300 ? j?.id : undefined,
    error: r.error,
    upstream: typeof r.headers["x-upstream"] === "string" ? r.headers["x-upstream"] : undefined,
  };
}

export function startBurst(opts: {
  baseUrl: string;
  token: string;
  products: string[];
  clients: number;
  timeoutMs: number;
  maxAttempts: number;
  pauseMs?: number;
}): Burst {
  const attempts: Attempt[] = [];
  const acked = new Map<string, string>();
  const attempted = new Set<string>();
  let stopping = false;
  let paused = false;
  const loop = async () => {
    while (!stopping && attempts.length < opts.maxAttempts) {
      if (paused) {
        await new Promise((r) => setTimeout(r, 50));
        continue;
      }
      const body = saleBody(opts.products);
      attempted.add(body.clientId);
      const a = await postSale(opts.baseUrl, opts.token, body, opts.timeoutMs);
      attempts.push(a);
      if (a.saleId) acked.set(a.clientId, a.saleId);
      // A failing server answers fast: a short pause keeps the loop from spinning.
      if (a.status === 0 || a.status >= 500) await new Promise((r) => setTimeout(r, opts.pauseMs ?? 100));
    }
  };
  const running = Promise.all(Array.from({ length: opts.clients }, loop));
  return {
    attempts,
    acked,
    attempted,
    stop: async () => {
      stopping = true;
      await running;
    },
    pause: () => {
      paused = true;
    },
    resume: () => {
      paused = false;
    },
  };
}
