// Tables on stdout and the record in bench/results/<name>.json, with the machine's load noted
// (the machine is shared: a figure without its load average means little).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const RESULTS_DIR = path.resolve(import.meta.dirname, "../results");

export function machine() {
  let uptime = "";
  try {
    uptime = execFileSync("uptime", { encoding: "utf8" }).trim();
  } catch {
    uptime = `load average: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")}`;
  }
  return {
    at: new Date().toISOString(),
    uptime,
    loadavg: os.loadavg().map((l) => Math.round(l * 100) / 100),
    cpus: os.cpus().length,
    node: process.version,
  };
}

export function printTable(title: string, rows: Record<string, unknown>[]): void {
  if (!rows.length) return;
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: unknown) =>
    v === undefined || v === null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(width[i]!)).join("  ");
  console.log(`\n${title}`);
  console.log(line(cols));
  console.log(line(width.map((w) => "-".repeat(w))));
  for (const r of rows) console.log(line(cols.map((c) => cell(r[c]))));
}

/** Write the record; the file holds this run (earlier runs live in git history and README). */
export function writeResult(name: string, data: Record<string, unknown>): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ name, machine: machine(), ...data }, null, 2)}\n`);
  console.log(`\nwritten ${path.relative(process.cwd(), file)}`);
  return file;
}

/** Numeric options from env (BENCH_X) with a default; flags --x=N on the command line win. */
export function opt(name: string, fallback: number): number {
  const flag = process.argv.find((a) => a.startsWith(`--${name}=`));
  const raw = flag ? flag.split("=")[1] : process.env[`BENCH_${name.toUpperCase().replace(/-/g, "_")}`];
  const n = Number(raw);
  return raw !== undefined && raw !== "" && Number.isFinite(n) ? n : fallback;
}

export function optStr(name: string, fallback: string): string {
  const flag = process.argv.find((a) => a.startsWith(`--${name}=`));
  return flag
    ? flag.slice(name.length + 3)
    : (process.env[`BENCH_${name.toUpperCase().replace(/-/g, "_")}`] ?? fallback);
}

export const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");

/** True when this module is the script being run (not imported by run-all). */
export const isMain = (url: string) => !!process.argv[1] && fileURLToPath(url) === path.resolve(process.argv[1]);
