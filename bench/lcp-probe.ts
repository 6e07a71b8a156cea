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
      await page.goto(`${stack.baseUrl}${PAGE}`, { waitUntil: "networkidle" });
      await page.waitForTimeout(1500);
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
