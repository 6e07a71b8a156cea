// Drill: a dead disk loses nothing that was archived. Sales burst -> base backup (low-level
// API + file copy) -> more sales -> wait for WAL archiving (archive_timeout) -> the database
// stopped and its data folder DELETED -> restore from the base backup + archived WAL ->
// every acknowledged sale present exactly once and the ledger checksum equal to before.
//   BENCH_CLIENTS=4 BENCH_BURST_S=4 BENCH_ARCHIVE_TIMEOUT_S=5 npx tsx bench/drills/backup-restore.ts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { archiveSettings, baseBackup, prepareRestore } from "../../scripts/lib/backup";
import { createProducts, createShops, PASSWORD } from "../lib/fixtures";
import { apiLogin } from "../lib/http";
import { isMain, opt, printTable, verdict, writeResult } from "../lib/report";
import { auditClean, auditSales } from "../lib/sale-checks";
import { startBurst } from "../lib/sale-burst";
import { withStack } from "../lib/stack";

const CLIENTS = opt("clients", 4);
const BURST_S = opt("burst-s", 4);
const ARCHIVE_TIMEOUT_S = opt("archive-timeout-s", 5);
const OPENING = 1_000_000; // the stock cap (stockMilli holds ±1,000,000 units)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One checksum over the whole ledger: every entry's id, kind, amount and client id, in id order. */
async function ledgerChecksum(pool: pg.Pool): Promise<{ entries: number; md5: string }> {
  const { rows } = await pool.query<{ n: number; md5: string }>(
    `SELECT count(*)::int AS n, md5(coalesce(string_agg("id" || ':' || "type" || ':' || "amountPaise" || ':' || "clientId", ',' ORDER BY "id"), '')) AS md5 FROM "Transaction"`,
  );
  return { entries: rows[0]!.n, md5: rows[0]!.md5 };
}

export async function backupRestore() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "gramin-backup-drill-"));
  try {
    return await withStack(
      { persistentDb: true, dbSettings: archiveSettings(root, ARCHIVE_TIMEOUT_S) },
      async (stack) => {
        const [shop] = await createShops(stack.pool, "br", 1);
        const products = await createProducts(stack.pool, shop!.merchantId, 20, OPENING);
        const token = await apiLogin(stack.baseUrl, shop!.email, PASSWORD);
        const burstOpts = {
          baseUrl: stack.baseUrl,
          token,
          products,
          clients: CLIENTS,
          timeoutMs: 20_000,
          maxAttempts: 100_000,
        };

        const first = startBurst(burstOpts);
        await sleep(BURST_S * 1000);
        await first.stop();
        const tBackup = Date.now();
        const backup = await baseBackup(stack.dbUrl.replace(/\/[^/]+$/, "/postgres"), stack.pgDataDir, root);
        const backupMs = Date.now() - tBackup;

        const second = startBurst(burstOpts);
        await sleep(BURST_S * 1000);
        await second.stop();
        // Acknowledged sales reach the archive within archive_timeout (the promise to the shop).
        await sleep((ARCHIVE_TIMEOUT_S + 3) * 1000);
        const before = await ledgerChecksum(stack.pool);

        stack.killApp();
        await stack.pool.end().catch(() => {});
        await stack.stopDb();
        fs.rmSync(stack.pgDataDir, { recursive: true, force: true }); // the disk is gone
        const tRestore = Date.now();
        const { settings } = prepareRestore(backup, stack.pgDataDir, undefined, root);
        fs.rmSync(`${stack.pgDataDir}.before-restore`, { recursive: true, force: true });
        await stack.startDb(settings);
        const restoreMs = Date.now() - tRestore;

        const pool = new (await import("pg")).default.Pool({ connectionString: stack.dbUrl, max: 4 });
        try {
          const after = await ledgerChecksum(pool);
          const acked = new Map([...first.acked, ...second.acked]);
          const attempted = new Set([...first.attempted, ...second.attempted]);
          const audit = await auditSales(pool, shop!.merchantId, acked, attempted, OPENING);
          const walFiles = fs.readdirSync(path.join(root, "wal")).length;
          const pass =
            auditClean(audit) && audit.ackedMissing === 0 && after.md5 === before.md5 && second.acked.size > 0;
          const row = {
            ackedBeforeBackup: first.acked.size,
            ackedAfterBackup: second.acked.size,
            backupMs,
            restoreMs,
            walFiles,
            entriesBefore: before.entries,
            entriesAfter: after.entries,
            checksumEqual: after.md5 === before.md5,
            salesInDb: audit.salesInDb,
            duplicates: audit.duplicateClientIds,
            ackedMissing: audit.ackedMissing,
          };
          printTable(`backup + restore after the data folder was deleted (archive_timeout ${ARCHIVE_TIMEOUT_S} s)`, [
            row,
          ]);
          console.log(
            `\n${verdict(pass)}  ${acked.size} acknowledged sales (${second.acked.size} after the base backup), ${audit.salesInDb} in the restored database, duplicates ${audit.duplicateClientIds}, lost ${audit.ackedMissing}, ledger checksum ${after.md5 === before.md5 ? "equal" : "DIFFERENT"}`,
          );
          writeResult("drill-backup-restore", {
            options: { clients: CLIENTS, burstS: BURST_S, archiveTimeoutS: ARCHIVE_TIMEOUT_S },
            result: row,
            audit,
            verdict: verdict(pass),
          });
          return pass;
        } finally {
          await pool.end();
        }
      },
    );
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  backupRestore().then(
    (ok) => process.exit(ok ? 0 : 1),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
