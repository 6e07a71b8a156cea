// Diagnosis, not a benchmark: what a phone's first paint is made of, on the demo seed signed in
// as the demo merchant (Lighthouse gives one number; this shows why).
//   npx tsx bench/lcp-probe.ts                        # /merchant/analytics
//   PROBE_PAGE=/merchant/pos PROBE_RUNS=5 npx tsx bench/lcp-probe.ts
// 1. PROBE_RUNS loads of PROBE_PAGE in Chromium at 412 x 823 with the CPU slowed 4 x (PROBE_CPU): every
//    largest-contentful-paint entry (time, size, element) and the first (contentful) paint.
//    An LCP entry well after the first contentful paint is an element that came in later,
//    e.g. revealed from behind a Suspense boundary. Also: first byte, end of the HTML, when the
//    scripts were in (first, last) and the long tasks ([start, duration]).
// 2. Time to first byte of PROBE_TTFB's pages (comma-separated), median of 15 x PROBE_X.
// 3. The page's HTML as it streams: each chunk's arrival, saved whole to PROBE_OUT (default
//    /tmp/probe.html): where an element sits (`<div hidden id="S:…">` = revealed by a script).
import fs from "node:fs";
import { launch, signedIn } from "./lib/browser";
import { withStack } from "./lib/stack";

const PAGE = process.env.PROBE_PAGE ?? "/merchant/analytics";
const RUNS = Number(process.env.PROBE_RUNS ?? 3);
const TTFB_PAGES = (process.env.PROBE_TTFB ?? "/merchant/pos,/merchant/analytics,/customer/bills,/login").split(",");
const DEMO_PASSWORD = "Demo@1234";

type Lcp = { t: number; size: number; el?: string };
type Probe = { __lcp: Lcp[]; __paint: { t: number; name: string }[]; __long: number[][] };

type CpuProfile = {
  nodes: {
    id: number;
    parent?: number;
    children?: number[];
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  samples: number[];
  timeDeltas: number[];
};

function printProfile(p: CpuProfile) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}:${f.lineNumber}:${f.columnNumber}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const ms = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const k = name(id);
    if (/^\((idle|program|garbage collector)\)/.test(k)) return;
    self.set(k, (self.get(k) ?? 0) + ms);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const kk = name(n);
      if (!seen.has(kk)) total.set(kk, (total.get(kk) ?? 0) + ms);
      seen.add(kk);
    }
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `    ${v.toFixed(1).padStart(7)} ms  ${k}`)
      .join("\n");
  console.log(`  self time:\n${top(self, 25)}\n  total time:\n${top(total, 40)}`);
}

await withStack({ seed: true }, async (stack) => {
  const browser = await launch();
  try {
    const s = await signedIn(browser, stack.baseUrl, "merchant@graminstore.in", DEMO_PASSWORD, {
      width: 412,
      height: 823,
    });
    for (let run = 0; run < RUNS; run++) {
      const page = await s.context.newPage();
      const cdp = await s.context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: Number(process.env.PROBE_CPU ?? 4) });
      await page.addInitScript(() => {
        const w = window as unknown as Probe;
        w.__lcp = [];
        w.__paint = [];
        w.__long = [];
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) w.__long.push([Math.round(e.startTime), Math.round(e.duration)]);
        }).observe({ type: "longtask", buffered: true });
        new PerformanceObserver((l) => {
          for (const e of l.getEntries() as (PerformanceEntry & { element?: Element; size: number })[])
            w.__lcp.push({ t: Math.round(e.startTime), size: e.size, el: e.element?.outerHTML.slice(0, 90) });
        }).observe({ type: "largest-contentful-paint", buffered: true });
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) w.__paint.push({ t: Math.round(e.startTime), name: e.name });
        }).observe({ type: "paint", buffered: true });
      });
      // PROBE_PROFILE=1: a V8 CPU profile of the load; prints the functions that ran longest
      // inside the long tasks (self and total time, at the slowed CPU).
      const profile = process.env.PROBE_PROFILE === "1";
      if (profile) {
        await cdp.send("Profiler.enable");
        await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
        await cdp.send("Profiler.start");
      }
      await page.goto(`${stack.baseUrl}${PAGE}`, { waitUntil: "networkidle" });
      await page.waitForTimeout(1500);
      if (profile) {
        const prof = (await cdp.send("Profiler.stop")).profile as CpuProfile;
        printProfile(prof);
        // PROBE_PROFILE_OUT=<file>: the raw profile too (open it in Chrome's DevTools).
        if (process.env.PROBE_PROFILE_OUT)
          fs.writeFileSync(`${process.env.PROBE_PROFILE_OUT}.${run + 1}.cpuprofile`, JSON.stringify(prof));
      }
      const r = await page.evaluate(() => {
        const w = window as unknown as Probe;
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        const scripts = (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
          .filter((r) => r.initiatorType === "script" || r.name.endsWith(".js"))
          .map((r) => Math.round(r.responseEnd));
        return {
          lcp: w.__lcp,
          paint: w.__paint,
          ttfb: Math.round(nav.responseStart),
          htmlEnd: Math.round(nav.responseEnd),
          scriptsIn: scripts.length ? [Math.min(...scripts), Math.max(...scripts)] : [],
          long: w.__long,
        };
      });
      console.log(`run ${run + 1}: ${JSON.stringify(r)}`);
      await page.close();
    }

    for (const path of TTFB_PAGES) {
      const ms: number[] = [];
      for (let i = 0; i < 15 * Number(process.env.PROBE_X ?? 1); i++) {
        const t = performance.now();
        const r = await fetch(`${stack.baseUrl}${path}`, { headers: { cookie: s.cookie }, redirect: "manual" });
        const rd = r.body!.getReader();
        await rd.read();
        ms.push(performance.now() - t);
        while (!(await rd.read()).done);
      }
      ms.sort((x, y) => x - y);
      const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!.toFixed(1);
      console.log(`TTFB ${path}: median ${at(0.5)} ms, min ${at(0)}, max ${at(1)}`);
    }

    const res = await fetch(`${stack.baseUrl}${PAGE}`, { headers: { cookie: s.cookie } });
    const reader = res.body!.getReader();
    const t0 = performance.now();
    const chunks: Buffer[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(Buffer.from(value));
      const text = Buffer.from(value).toString("latin1");
      console.log(
        `chunk at ${Math.round(performance.now() - t0)} ms: ${value.length} bytes${text.includes('hidden id="S:') ? ", a hidden (revealed later) block" : ""}`,
      );
    }
    const out = process.env.PROBE_OUT ?? "/tmp/probe.html";
    fs.writeFileSync(out, Buffer.concat(chunks));
    console.log(`the HTML: ${out}`);
  } finally {
    await browser.close();
  }
});
