// The kill phase's bookkeeping: which failures the killed instance owns, the retries with the
// same clientId, and which acknowledged sales a listener never heard of.
import type pg from "pg";
import { postSale, type Attempt, type Burst } from "./sale-burst";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A failure the drill allows is one the killed instance had taken: nginx's 502 naming it (its
 * socket accepts until the process is gone, so a request sent just after the kill counts), or
 * a connection nginx had to drop mid-answer (no status: the dead instance had begun to answer)
 * for a request in flight at the kill, ended within 2 s of it.
 */
export function classifyFailures(attempts: Attempt[], victimAddr: string, tKill: number) {
  const failed = attempts.filter((a) => !a.saleId);
  const victims = (a: Attempt) =>
    a.end >= tKill &&
    ((a.upstream === victimAddr && a.status === 502) || (a.status === 0 && a.start < tKill && a.end - tKill < 2000));
  const allowed = failed.filter(victims);
  const other5xx = failed.filter((a) => !allowed.includes(a) && (a.status === 0 || a.status >= 500));
  return { failed, allowed, other5xx };
}

/** Every unanswered sale again, same clientId and body, until answered (5 tries each). */
export async function retryUnacked(burst: Burst, baseUrl: string, token: string) {
  const statuses: Record<string, number> = {};
  let gaveUp = 0;
  for (const a of burst.attempts) {
    if (burst.acked.has(a.clientId)) continue;
    let done = false;
    for (let i = 0; i < 5 && !done; i++) {
      const r = await postSale(baseUrl, token, a.body as { clientId: string }, 20_000);
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      if (r.saleId) {
        burst.acked.set(r.clientId, r.saleId);
        done = true;
      } else await sleep(300 * (i + 1));
    }
    if (!done) gaveUp++;
  }
  return { statuses, gaveUp };
}

/**
 * Acknowledged sales whose live event the listener never got (waits up to 5 s for stragglers).
 * One the killed instance wrote but died before announcing is the only allowed gap.
 */
export async function missingEvents(burst: Burst, heard: () => Promise<string[]>, victimAddr: string) {
  const want = new Set(burst.acked.values());
  let got = new Set<string>();
  for (let i = 0; i < 20; i++) {
    got = new Set(await heard());
    if ([...want].every((id) => got.has(id))) break;
    await sleep(250);
  }
  const missing = [...burst.acked].filter(([, id]) => !got.has(id)).map(([c]) => c);
  const byVictim = new Set(burst.attempts.filter((a) => a.upstream === victimAddr).map((a) => a.clientId));
  return { heard: want.size - missing.length, missing, notFromVictim: missing.filter((c) => !byVictim.has(c)) };
}

/** What a sale leaves on disk: the ledger tables' size (indexes included) per ledger row. */
export async function ledgerBytesPerSale(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ bytes: string; sales: string }>(
    `SELECT (pg_total_relation_size('"Transaction"') + pg_total_relation_size('"TransactionItem"')
             + pg_total_relation_size('"StockMovement"'))::text AS bytes,
            (SELECT count(*) FROM "Transaction")::text AS sales`,
  );
  return Math.round(Number(rows[0]!.bytes) / Math.max(1, Number(rows[0]!.sales)));
}
