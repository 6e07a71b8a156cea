// Diagnosis: why Lighthouse's simulated (lantern) LCP and TBT are what they are, from the
// artifacts `bench/pages.ts` saves with BENCH_LH_DUMP=<dir> BENCH_LH_TRACE=1.
//   npx tsx bench/lh-explain.ts /tmp/lh/mobile_merchant_pos-1.artifacts.json [...]
// Prints the observed first paint and LCP, then every node of the optimistic and pessimistic
// LCP graphs (requests with their simulated end, CPU tasks with their simulated length), and
// the simulated tasks that make up the blocking time. Runs on the saved files only.
import fs from "node:fs";
import { defaultSettings } from "lighthouse/core/config/constants.js";
import { LanternLargestContentfulPaint } from "lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js";
import { LanternTotalBlockingTime } from "lighthouse/core/computed/metrics/lantern-total-blocking-time.js";

type Node = {
  type: "network" | "cpu";
  id: string;
  startTime: number;
  endTime: number;
  request?: { url: string; resourceType?: string; priority?: string };
  childEvents?: { name: string; args?: { data?: { url?: string } } }[];
};
type Timing = { startTime: number; endTime: number; duration: number };
type Result = {
  timing: number;
  optimisticEstimate: { timeInMs: number; nodeTimings: Map<Node, Timing> };
  pessimisticEstimate: { timeInMs: number; nodeTimings: Map<Node, Timing> };
};

const short = (url: string) => url.replace(/^https?:\/\/[^/]+/, "").slice(-60);
const label = (n: Node) => {
  if (n.type === "network") return `${n.request?.resourceType ?? "?"} ${short(n.request?.url ?? "")}`;
  const evals = (n.childEvents ?? [])
    .filter((e) => e.name === "EvaluateScript" && e.args?.data?.url)
    .map((e) => short(e.args!.data!.url!));
  const kinds = [...new Set((n.childEvents ?? []).map((e) => e.name))]
    .filter((k) => ["ParseHTML", "Layout", "Paint", "EvaluateScript", "FunctionCall", "UpdateLayoutTree"].includes(k))
    .join(",");
  if (kinds || evals.length) return `cpu [${kinds}] ${evals.join(" ")}`;
  // Nothing familiar inside: name its most frequent child events.
  const counts = new Map<string, number>();
  for (const e of n.childEvents ?? []) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  const top = [...counts.entries()].sort((x, y) => y[1] - x[1]).slice(0, 4);
  return `cpu (${top.map(([k, c]) => `${k}×${c}`).join(", ")})`;
};

function printGraph(name: string, est: Result["optimisticEstimate"], t0: number) {
  console.log(`  ${name}: ${Math.round(est.timeInMs)} ms`);
  const rows = [...est.nodeTimings.entries()].sort((a, b) => a[1].endTime - b[1].endTime);
  for (const [n, t] of rows)
    console.log(
      `    ${String(Math.round(t.startTime)).padStart(5)}-${String(Math.round(t.endTime)).padStart(5)}  observed ${String(Math.round((n.startTime - t0) / 1000)).padStart(5)}  ${label(n)}`,
    );
}

async function main() {
  const files = process.argv.slice(2);
  if (!files.length) throw new Error("usage: npx tsx bench/lh-explain.ts <file.artifacts.json> ...");
  for (const file of files) {
    const a = JSON.parse(fs.readFileSync(file, "utf8"));
    const data = {
      trace: a.Trace,
      devtoolsLog: a.DevtoolsLog,
      gatherContext: a.GatherContext,
      settings: defaultSettings,
      simulator: null,
      URL: a.URL,
      SourceMaps: a.SourceMaps ?? [],
    };
    const context = { computedCache: new Map() };
    const lcp = (await LanternLargestContentfulPaint.request(data as never, context as never)) as unknown as Result;
    const tbt = (await LanternTotalBlockingTime.request(data as never, context as never)) as unknown as {
      timing: number;
      pessimisticEstimate: { nodeTimings: Map<Node, Timing> };
    };
    const ev = a.Trace.traceEvents as { name: string; ts: number; args?: { data?: Record<string, unknown> } }[];
    const nav = ev.find(
      (e) => e.name === "navigationStart" && String(e.args?.data?.documentLoaderURL ?? "").startsWith("http"),
    )!;
    const at = (name: string) => {
      const e = ev.filter((x) => x.name === name).pop();
      return e ? Math.round((e.ts - nav.ts) / 1000) : null;
    };
    console.log(
      `\n${file}\n  observed: first paint ${at("firstPaint")} ms, LCP ${at("largestContentfulPaint::Candidate")} ms; simulated LCP ${Math.round(lcp.timing)} ms, TBT ${Math.round(tbt.timing)} ms`,
    );
    printGraph("optimistic LCP graph", lcp.optimisticEstimate, nav.ts);
    printGraph("pessimistic LCP graph", lcp.pessimisticEstimate, nav.ts);
    const blocking = [...tbt.pessimisticEstimate.nodeTimings.entries()]
      .filter(([n, t]) => n.type === "cpu" && t.duration > 50)
      .sort((x, y) => x[1].startTime - y[1].startTime);
    console.log(`  simulated tasks over 50 ms (pessimistic TTI graph):`);
    for (const [n, t] of blocking)
      console.log(
        `    ${String(Math.round(t.startTime)).padStart(5)} ${String(Math.round(t.duration)).padStart(4)} ms  observed ${String(Math.round((n.startTime - nav.ts) / 1000)).padStart(5)}  ${label(n)}`,
      );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
