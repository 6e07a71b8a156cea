// `npm run bench`: every benchmark in turn, each in its own process on its own app + database,
// then one summary. BENCH_ONLY=sales,oversell (or --only=...) picks some; every option of each
// script applies (they read the same environment).
import { machine, optStr, printTable } from "./lib/report";
import { runChild } from "./lib/run-child";

type R = Record<string, any>;

const ALL: Record<string, { script: string; result: string; line: (r: R) => string; nodeArgs?: string[] }> = {
  sales: {
    script: "bench/sales-throughput.ts",
    result: "sales-throughput",
    line: (r) =>
      `${r.summary.appSalesPerSec} sales/s (baseline ${r.summary.baselineSalesPerSec}), p95 ${r.summary.appP95} ms, ratio ${r.summary.ratio}; targets p95<=50 ms ${r.targets.p95Le50ms}, ratio>=0.5 ${r.targets.ratioGe05}`,
  },
  oversell: {
    script: "bench/oversell.ts",
    result: "oversell",
    line: (r) =>
      `${r.verdict}: ${(r.runs as R[]).map((x) => `${x.created201} sold/${x.clear409} 409/${x.fivexx} 5xx/stock ${x.stockLeft}`).join("; ")}`,
  },
  analytics: {
    script: "bench/analytics-scale.ts",
    result: "analytics-scale",
    // Its per-query breakdown imports lib/queries (server-only modules).
    nodeArgs: ["--conditions=react-server"],
    line: (r) =>
      `load ${r.load.seconds} s; ${(r.results as R[]).map((x) => `${x.period} p50 ${x.p50} p95 ${x.p95} ms`).join("; ")}; target p95<=300 ${r.target.met}`,
  },
  catalogue: {
    script: "bench/catalogue.ts",
    result: "catalogue",
    line: (r) =>
      `search p95 ${r.search.p95} ms (target<=50 ${r.search.p95Le50}); POS interactive cold ${r.posSummary.coldInteractive} ms, warm ${r.posSummary.warmInteractiveMedian} ms`,
  },
  offline: {
    script: "bench/offline-sync.ts",
    result: "offline-sync",
    line: (r) =>
      `${r.summary.sales} offline sales synced in ${r.summary.msToSyncedMedian} ms (${r.summary.salesPerSecMedian}/s), first ${r.summary.firstSaleMsMedian} ms, sync start ${r.summary.syncStartMsMedian} ms after reconnect; exactly once ${r.verdict}`,
  },
  pages: {
    script: "bench/pages.ts",
    result: "pages",
    line: (r) =>
      (r.lighthouse as R[])
        .map((x) => `${x.formFactor} ${x.page} ${x.performance}/${x.accessibility}/${x["best-practices"]}`)
        .join("; "),
  },
};

async function main() {
  const only = optStr("only", "").split(",").filter(Boolean);
  const rows: { benchmark: string; result: string; seconds: number }[] = [];
  const start = machine();
  for (const [name, b] of Object.entries(ALL).filter(([k]) => !only.length || only.includes(k))) {
    console.log(`\n===== ${name} =====`);
    const { code, seconds, result } = await runChild(b.script, b.result, {}, b.nodeArgs);
    rows.push({ benchmark: name, result: result && code === 0 ? b.line(result) : `ERROR (exit ${code})`, seconds });
  }
  printTable(`benchmarks (load at start: ${start.loadavg.join(", ")}; at end: ${machine().loadavg.join(", ")})`, rows);
  process.exit(rows.some((r) => r.result.startsWith("ERROR")) ? 1 : 0);
}

void main();
