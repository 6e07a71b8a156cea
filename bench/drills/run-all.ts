// `npm run drill`: every fault drill in turn, each in its own process on its own app + database;
// exits non-zero when any drill fails. BENCH_ONLY=db-down,bad-input (or --only=...) picks some.
import { machine, optStr, printTable } from "../lib/report";
import { runChild } from "../lib/run-child";

const ALL = [
  "db-down",
  "app-killed",
  "bad-input",
  "wrong-caller",
  "sign-in-flood",
  "overload",
  "hoarding",
  "backup-restore",
  "soak", // 20 minutes (BENCH_MINUTES)
];

async function main() {
  const only = optStr("only", "").split(",").filter(Boolean);
  const rows: { drill: string; verdict: string; seconds: number }[] = [];
  for (const name of ALL.filter((k) => !only.length || only.includes(k))) {
    console.log(`\n===== ${name} =====`);
    const { code, seconds, result } = await runChild(`bench/drills/${name}.ts`, `drill-${name}`);
    rows.push({ drill: name, verdict: result ? String(result.verdict) : `ERROR (exit ${code})`, seconds });
  }
  printTable(`fault drills (load: ${machine().loadavg.join(", ")})`, rows);
  process.exit(rows.every((r) => r.verdict === "PASS") ? 0 : 1);
}

void main();
