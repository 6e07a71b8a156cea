// Benchmark 5: pages. Lighthouse (Debian Chromium) performance / accessibility / best-practices
// for /login, /merchant/pos, /merchant/analytics and /customer/bills on the demo seed, signed
// in with the session cookie from the real login form; plus first-load JS per route from the
// build's manifests. Median of BENCH_LH_RUNS runs per page and form factor.
//   BENCH_LH_RUNS=3 BENCH_FORM_FACTORS=mobile,desktop npx tsx bench/pages.ts
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { CHROME_FLAGS, CHROME_PATH, launch, signedIn } from "./lib/browser";
import { firstLoadJs } from "./lib/first-load-js";
import { isMain, machine, opt, optStr, printTable, writeResult } from "./lib/report";
import { withStack } from "./lib/stack";
import { median } from "./lib/stats";

const RUNS = opt("lh-runs", 3);
const FORM_FACTORS = optStr("form-factors", "mobile").split(",").filter(Boolean) as ("mobile" | "desktop")[];
const DEMO_PASSWORD = "Demo@1234";
const ALL_PAGES: { path: string; as: string | null }[] = [
  { path: "/login", as: null },
  { path: "/merchant/pos", as: "merchant@graminstore.in" },
  { path: "/merchant/analytics", as: "merchant@graminstore.in" },
  { path: "/customer/bills", as: "customer@graminstore.in" },
];
/** BENCH_PAGES=/merchant/analytics,/login: only these (a re-run of one page on a noisy machine). */
const ONLY = optStr("pages", "").split(",").filter(Boolean);
const PAGES = ONLY.length ? ALL_PAGES.filter((p) => ONLY.includes(p.path)) : ALL_PAGES;
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;

type Audit = {
  score: number | null;
  title: string;
  displayValue?: string;
  details?: {
    items?: { resourceType?: string; transferSize?: number; description?: string; node?: { snippet?: string } }[];
  };
};

/** The first few concrete causes (console messages, offending elements) of a failed audit. */
const detailOf = (a: Audit) => {
  const items = (a.details?.items ?? [])
    .map((i) => i.description ?? i.node?.snippet)
    .filter(Boolean)
    .slice(0, 3);
  return items.length ? ` [${items.map((t) => String(t).slice(0, 140)).join(" | ")}]` : "";
};

type TraceEvent = {
  name: string;
  ts: number;
  args?: { data?: Record<string, unknown>; reason?: string; should_send?: boolean };
};

/**
 * Whether headless Chromium's display compositor held this run's first paint back: viz stops
 * sending a renderer BeginFrames for up to 1 s when more than 3 of its frames are undrawn
 * (ThrottleUndrawnFrames) or 10 BeginFrames go unanswered (ThrottleUnresponsiveClient), and on
 * this 2-core machine that happens during about 4 in 10 navigations, on every page, /login too.
 * The paint then lands 1.0 or 2.0 s late, every script has run before it, and Lighthouse's
 * simulation counts them all into the LCP. Known: GoogleChrome/lighthouse#17148, #17227, #17230.
 */
function vizStall(trace: { traceEvents: TraceEvent[] } | undefined): boolean {
  const ev = trace?.traceEvents ?? [];
  const nav = ev.find(
    (e) => e.name === "navigationStart" && String(e.args?.data?.documentLoaderURL ?? "").startsWith("http"),
  );
  const paint = ev.find((e) => e.name === "firstContentfulPaint" && nav && e.ts > nav.ts);
  if (!nav || !paint) return false;
  return ev.some(
    (e) =>
      e.name === "SendBeginFrameDecision" &&
      e.args?.should_send === false &&
      /^Throttle(UndrawnFrames|UnresponsiveClient)$/.test(e.args?.reason ?? "") &&
      e.ts > nav.ts &&
      e.ts < paint.ts,
  );
}

/** Lowers the priority of the app's process group, the PostgreSQL processes and this process. */
function reniceStack(appPgid: number, pgDataDir: string, niceness: number) {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid=,pgid=,args="], { encoding: "utf8" })
    .split("\n")
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m) => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), pgid: Number(m[3]), args: m[4]! }));
  const pids = new Set<number>([process.pid]);
  // The app's process group, and the postmaster (the postgres process naming the data directory).
  for (const r of rows)
    if (r.pgid === appPgid || (r.args.includes("postgres") && r.args.includes(pgDataDir))) pids.add(r.pid);
  // PostgreSQL's backends: the postmaster's children ("postgres: user db ...").
  for (const r of rows) if (pids.has(r.ppid) && r.args.startsWith("postgres")) pids.add(r.pid);
  // Linux sets a priority per thread: every thread of each process.
  for (const pid of pids) {
    let tids: string[] = [String(pid)];
    try {
      tids = fs.readdirSync(`/proc/${pid}/task`);
    } catch {
      // not Linux, or gone meanwhile
    }
    for (const tid of tids) {
      try {
        os.setPriority(Number(tid), niceness);
      } catch {
        // gone meanwhile
      }
    }
  }
  console.log(`renice ${niceness}: ${pids.size} processes (app, PostgreSQL, this one)`);
}

export async function pages() {
  return withStack({ seed: true }, async (stack) => {
    const browser = await launch();
    const cookies: Record<string, string> = {};
    try {
      for (const login of new Set(PAGES.map((p) => p.as).filter((a): a is string => !!a))) {
        const s = await signedIn(browser, stack.baseUrl, login, DEMO_PASSWORD);
        cookies[login] = s.cookie;
        await s.context.close();
      }
    } finally {
      await browser.close();
    }

    // BENCH_LH_NICE=10 (default): the server, PostgreSQL and this process (Lighthouse's own
    // bookkeeping) run at that lower priority, so the browser, standing in for a phone, gets a
    // core whenever it wants one, as a phone talking to a shop's server would.
    const niceness = opt("lh-nice", 10);
    if (niceness > 0) reniceStack(stack.appPgid(), stack.pgDataDir, niceness);
    const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
    const before = machine();
    const rows = [];
    const failing: Record<string, string[]> = {};
    try {
      for (const formFactor of FORM_FACTORS) {
        for (const page of PAGES) {
          const runs: Record<string, number>[] = [];
          const stalled: boolean[] = [];
          let scriptKB = 0;
          for (let i = 0; i < RUNS; i++) {
            const result = await lighthouse(
              `${stack.baseUrl}${page.path}`,
              {
                port: chrome.port,
                output: "json",
                logLevel: "error",
                onlyCategories: [...CATEGORIES],
                extraHeaders: page.as ? { Cookie: cookies[page.as]! } : undefined,
                // BENCH_LH_BLOCK=*/sw.js,...: requests Chromium refuses (diagnosis: what a resource costs).
                blockedUrlPatterns: optStr("lh-block", "").split(",").filter(Boolean),
                // viz's BeginFrame decisions: tells a run that headless Chromium's 1-second
                // BeginFrame throttle held back (see vizStall below).
                additionalTraceCategories: "viz",
              },
              formFactor === "desktop" ? desktopConfig : undefined,
            );
            const lhr = result!.lhr;
            // BENCH_LH_DUMP=<dir>: keep each whole report (diagnosis: which element is the LCP, what blocks).
            if (process.env.BENCH_LH_DUMP) {
              fs.mkdirSync(process.env.BENCH_LH_DUMP, { recursive: true });
              const name = `${formFactor}${page.path.replaceAll("/", "_")}-${i + 1}.json`;
              fs.writeFileSync(path.join(process.env.BENCH_LH_DUMP, name), JSON.stringify(lhr));
              // BENCH_LH_TRACE=1: every artifact too, the trace and the devtools log among them
              // (which task blocks, which request the simulation counts: bench/lh-explain.ts).
              if (process.env.BENCH_LH_TRACE === "1")
                fs.writeFileSync(
                  path.join(process.env.BENCH_LH_DUMP, name.replace(/\.json$/, ".artifacts.json")),
                  JSON.stringify(result!.artifacts),
                );
            }
            if (lhr.finalDisplayedUrl && new URL(lhr.finalDisplayedUrl).pathname !== page.path)
              throw new Error(`${page.path} ended at ${lhr.finalDisplayedUrl}: the sign-in cookie was not accepted`);
            runs.push(
              Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
            );
            stalled.push(vizStall((result!.artifacts as { Trace?: { traceEvents: TraceEvent[] } }).Trace));
            const audits = lhr.audits as Record<string, Audit>;
            scriptKB = Math.round(
              (audits["resource-summary"]?.details?.items?.find((x) => x.resourceType === "script")?.transferSize ??
                0) / 1024,
            );
            if (i === RUNS - 1) {
              // What costs points: every audit that counts towards a score (weight > 0) under 0.9, in the last run.
              const weighted = new Set(
                CATEGORIES.flatMap((c) =>
                  (lhr.categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id),
                ),
              );
              failing[`${formFactor} ${page.path}`] = Object.entries(audits)
                .filter(([id, a]) => weighted.has(id) && a.score !== null && a.score < 0.9)
                .map(
                  ([id, a]) =>
                    `${id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ""} = ${Math.round((a.score ?? 0) * 100)}${detailOf(a)}`,
                );
            }
          }
          const med = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r[c]!))]));
          const clear = runs.filter((_, i) => !stalled[i]).map((r) => r.performance!);
          rows.push({
            formFactor,
            page: page.path,
            performance: med.performance!,
            accessibility: med.accessibility!,
            "best-practices": med["best-practices"]!,
            runs: runs.map((r, i) => `${CATEGORIES.map((c) => r[c]).join("/")}${stalled[i] ? "*" : ""}`).join(" "),
            // Runs whose first paint viz's 1-second BeginFrame throttle held back (marked * above),
            // and the performance median of the others.
            vizStalled: stalled.filter(Boolean).length,
            performanceUnstalled: clear.length ? median(clear) : null,
            scriptKB,
            allGe90: CATEGORIES.every((c) => med[c]! >= 90),
          });
          console.log(`${formFactor} ${page.path}: ${CATEGORIES.map((c) => `${c} ${med[c]}`).join(", ")}`);
        }
      }
    } finally {
      await chrome.kill();
    }
    const js = firstLoadJs(PAGES.map((p) => p.path));
    printTable(
      `Lighthouse, median of ${RUNS} (${FORM_FACTORS.join(", ")}); * = first paint held back by viz's 1 s BeginFrame throttle`,
      rows,
    );
    printTable("first-load JS per route (from the build's manifests, uncompressed / gzip KB)", js);
    for (const [k, v] of Object.entries(failing))
      if (v.length) console.log(`\n${k} audits under 90:\n  ${v.join("\n  ")}`);
    writeResult("pages", {
      options: { runs: RUNS, formFactors: FORM_FACTORS },
      loadBefore: before,
      lighthouse: rows,
      firstLoadJs: js,
      auditsUnder90: failing,
    });
    return rows;
  });
}

if (isMain(import.meta.url)) {
  pages().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
