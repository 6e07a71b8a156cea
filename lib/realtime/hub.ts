// One LISTEN connection per app process, fanned out to the open event streams of this
// process by audience (`m:<merchantId>`, `u:<userId>`). NOTIFY reaches every instance, so
// this scales across instances with no extra broker. A dedicated pg.Client, not the Prisma
// pool: LISTEN needs a connection of its own that stays open.
import pg from "pg";
import { audiencesOf, CHANNEL, type LiveEvent } from "@/lib/realtime/events";

export type Subscriber = {
  event: (e: LiveEvent) => void;
  /** The hub lost and regained the database: events in between were missed; re-read. */
  resync?: () => void;
};

const MIN_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 15_000;
const PING_MS = 30_000;

export class RealtimeHub {
  private client: pg.Client | null = null;
  private connecting = false;
  private attempts = 0;
  private everConnected = false;
  private timer: NodeJS.Timeout | null = null;
  private ping: NodeJS.Timeout | null = null;
  private closed = false;
  private waiters: Array<() => void> = [];
  private readonly subscribers = new Map<string, Set<Subscriber>>();

  constructor(private readonly connectionString = () => process.env.DATABASE_URL) {}

  /** Listen for one audience; returns the unsubscribe function. Starts the hub on first use. */
  subscribe(audience: string, sub: Subscriber): () => void {
    let set = this.subscribers.get(audience);
    if (!set) this.subscribers.set(audience, (set = new Set()));
    set.add(sub);
    this.start();
    return () => {
      set.delete(sub);
      if (set.size === 0 && this.subscribers.get(audience) === set) this.subscribers.delete(audience);
    };
  }

  subscriberCount(audience?: string): number {
    if (audience) return this.subscribers.get(audience)?.size ?? 0;
    let n = 0;
    for (const s of this.subscribers.values()) n += s.size;
    return n;
  }

  get listening(): boolean {
    return this.client !== null;
  }

  /** Resolves once LISTEN is active, or false after `timeoutMs` (the DB may be down). */
  ready(timeoutMs = 5_000): Promise<boolean> {
    this.start();
    if (this.client) return Promise.resolve(true);
    return new Promise((resolve) => {
      const t = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push(() => {
        clearTimeout(t);
        resolve(true);
      });
    });
  }

  start(): void {
    this.closed = false;
    if (!this.client && !this.connecting && !this.timer) void this.connect();
  }

  /** For tests and shutdown: drop the connection and stop reconnecting. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const client = this.client;
    this.drop();
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    const url = this.connectionString();
    if (!url) return this.retry(new Error("DATABASE_URL is not set"));
    this.connecting = true;
    const client = new pg.Client({ connectionString: url, keepAlive: true, connectionTimeoutMillis: 5_000 });
    client.on("error", (err) => this.lost(client, err));
    client.on("end", () => this.lost(client, new Error("connection ended")));
    client.on("notification", (msg) => {
      if (msg.channel === CHANNEL && msg.payload) this.dispatch(msg.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (err) {
      this.connecting = false;
      client.removeAllListeners();
      client.on("error", () => {});
      await client.end().catch(() => {});
      return this.retry(err);
    }
    this.connecting = false;
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    this.attempts = 0;
    // A dead TCP peer can stay silent for a long time; a cheap query notices it.
    this.ping = setInterval(() => client.query("select 1").catch((err) => this.lost(client, err)), PING_MS);
    this.ping.unref?.();
    if (this.everConnected) this.forEachSubscriber((s) => s.resync?.());
    this.everConnected = true;
    for (const w of this.waiters.splice(0)) w();
  }

  private lost(client: pg.Client, err: unknown) {
    if (this.client !== client) return;
    console.error("[realtime] LISTEN connection lost; reconnecting", err instanceof Error ? err.message : err);
    this.drop();
    client.removeAllListeners();
    client.on("error", () => {});
    void client.end().catch(() => {});
    this.retry(err);
  }

  private drop() {
    if (this.ping) clearInterval(this.ping);
    this.ping = null;
    this.client = null;
  }

  private retry(err: unknown) {
    if (this.closed || this.timer) return;
    const delay = Math.min(MAX_BACKOFF_MS, MIN_BACKOFF_MS * 2 ** this.attempts++);
    if (this.attempts === 1 || this.attempts % 10 === 0) {
      console.error(
        `[realtime] cannot LISTEN (attempt ${this.attempts}); retrying in ${delay} ms`,
        err instanceof Error ? err.message : err,
      );
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect();
    }, delay);
    this.timer.unref?.();
  }

  private dispatch(payload: string) {
    let e: LiveEvent;
    try {
      e = JSON.parse(payload) as LiveEvent;
    } catch {
      return;
    }
    if (typeof e?.type !== "string" || typeof e.merchantId !== "string" || typeof e.id !== "string") return;
    for (const audience of audiencesOf(e)) {
      for (const sub of this.subscribers.get(audience) ?? []) {
        try {
          sub.event(e);
        } catch (err) {
          console.error("[realtime] subscriber failed", err);
        }
      }
    }
  }

  private forEachSubscriber(fn: (s: Subscriber) => void) {
    for (const set of this.subscribers.values()) for (const s of set) fn(s);
  }
}

const store = globalThis as unknown as { graminRealtimeHub?: RealtimeHub };

/** The process-wide hub (survives dev hot reloads, so listeners never multiply). */
export function getHub(): RealtimeHub {
  return (store.graminRealtimeHub ??= new RealtimeHub());
}
