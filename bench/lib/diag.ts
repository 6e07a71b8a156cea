// Reads what bench/lib/server-diag.cjs wrote (BENCH_DIAG=<file>) for a time window: where the
// server's time went while a drill ran.
import fs from "node:fs";
import { summarize } from "./stats";

type Line = { t: number; loopMaxMs: number; poolMaxMs: number | null; health: number[]; rssMb: number; heapMb: number };

export function diagWindow(from: number, to: number) {
  const file = process.env.BENCH_DIAG;
  if (!file || !fs.existsSync(file)) return null;
  const lines = fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line)
    .filter((l) => l.t >= from && l.t <= to + 250);
  const health = summarize(lines.flatMap((l) => l.health));
  return {
    loopDelayMaxMs: Math.max(0, ...lines.map((l) => l.loopMaxMs)),
    loopDelayP95OfMaxMs: summarize(lines.map((l) => l.loopMaxMs)).p95,
    threadPoolWaitMaxMs: Math.max(0, ...lines.map((l) => l.poolMaxMs ?? 0)),
    threadPoolWaitP95Ms: summarize(lines.map((l) => l.poolMaxMs ?? 0)).p95,
    healthServerP95Ms: health.p95,
    healthServerMaxMs: health.max,
  };
}

/** The server's latest memory line (BENCH_DIAG), or null. */
export function diagMemory(): { rssMb: number; heapMb: number } | null {
  const file = process.env.BENCH_DIAG;
  if (!file || !fs.existsSync(file)) return null;
  const text = fs.readFileSync(file, "utf8").trimEnd();
  const last = text.slice(text.lastIndexOf("\n") + 1);
  return last ? (JSON.parse(last) as Line) : null;
}
