// `npm run drill`: every fault drill in turn, each in its own process on its own app + database;
// exits non-zero when any drill fails. BENCH_ONLY=db-down,bad-input (or --only=...) picks some;
// `npm run drill -- --list` prints them with their settings and runs nothing.
// The soak runs BENCH_SOAK_MINUTES here (default 5, a quick check: RSS of the last minute
// against the middle one); the verdict run is 20 minutes: BENCH_SOAK_MINUTES=20 npm run drill -- --only=soak
import { machine, opt, optStr, printTable } from "../lib/report";
import { runChild } from "../lib/run-child";

const SOAK_MINUTES = opt("soak-minutes", 5);

const ALL: Record<string, string> = {
  "db-down": "BENCH_CLIENTS=8 BENCH_BEFORE_S=3 BENCH_DOWN_S=6 BENCH_AFTER_S=3",
  "app-killed": "BENCH_CLIENTS=8 BENCH_BEFORE_S=4 BENCH_RETRIES=5",
  "bad-input": "BENCH_CONCURRENCY=4 BENCH_TIMEOUT_MS=10000",
  "wrong-caller": "none",
  "sign-in-flood": "BENCH_SIGNINS=200",
  overload: "BENCH_SALES=1000",
  hoarding: "none",
  "backup-restore": "BENCH_CLIENTS=4 BENCH_BURST_S=4 BENCH_ARCHIVE_TIMEOUT_S=5",
  soak: `BENCH_SOAK_MINUTES=${SOAK_MINUTES} (here; 20 when run alone), BENCH_ATTACKS=0`,
};

async function main() {
  const only = optStr("only", "").split(",").filter(Boolean);
  const names = Object.keys(ALL).filter((k) => !only.length || only.includes(k));
  if (process.argv.includes("--list")) {
    printTable("fault drills (bench/drills/<name>.ts; cluster: npm run drill:cluster)", [
      ...names.map((name) => ({ drill: name, settings: ALL[name] })),
    ]);
    return;
  }
  const rows: { drill: string; verdict: string; seconds: number }[] = [];
  for (const name of names) {
    console.log(`\n===== ${name} =====`);
    const env: Record<string, string> = name === "soak" ? { BENCH_MINUTES: String(SOAK_MINUTES) } : {};
    const { code, seconds, result } = await runChild(`bench/drills/${name}.ts`, `drill-${name}`, env);
    rows.push({ drill: name, verdict: result ? String(result.verdict) : `ERROR (exit ${code})`, seconds });
  }
  printTable(`fault drills (load: ${machine().loadavg.join(", ")})`, rows);
  process.exit(rows.every((r) => r.verdict === "PASS") ? 0 : 1);
}

void main();
