// Drill: 200 anonymous sign-ins at once (made-up emails, each with its own forged
// X-Forwarded-For) must not stall the app: /api/health p95 < 300 ms throughout, and every
// sign-in answered 401, 429 or 503 overloaded (the edge's load shedding), never another 5xx.
// Hashing runs on libuv's pool behind a cap; the per-IP limit ignores the forged header.
//   BENCH_SIGNINS=200 npx tsx bench/drills/sign-in-flood.ts
import { request } from "../lib/http";
import { isMain, opt, printTable, verdict, writeResult } from "../lib/report";
import { diagWindow } from "../lib/diag";
import { startHealthProbeProcess } from "../lib/health-probe";
import { withStack } from "../lib/stack";

const SIGNINS = opt("signins", 200);

export async function signInFlood() {
  return withStack({}, async (stack) => {
    // The machine's own noise first: health with nothing else running (a shared box varies a lot).
    // Health is polled from a process of its own (a load balancer's check is not the attacker).
    const idleProbe = startHealthProbeProcess(stack.baseUrl, 50);
    await new Promise((r) => setTimeout(r, 5000));
    const idle = await idleProbe.stop();
    const probe = startHealthProbeProcess(stack.baseUrl, 50);
    await probe.ready();
    const t = Date.now();
    const replies = await Promise.all(
      Array.from({ length: SIGNINS }, (_, i) =>
        request(stack.baseUrl, "/api/v1/auth/login", {
          body: { login: `nobody-${i}-${Date.now()}@example.in`, password: "Guess@12345" },
          headers: { "X-Forwarded-For": `198.51.${(i >> 8) & 255}.${i & 255}` },
          timeoutMs: 60_000,
        }),
      ),
    );
    const wallMs = Date.now() - t;
    const health = await probe.stop();
    const diag = diagWindow(t, Date.now());
    if (diag) printTable("inside the server during the flood (BENCH_DIAG)", [diag]);
    const statuses: Record<string, number> = {};
    for (const r of replies) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    const bad = replies.filter(
      (r) => r.status !== 401 && r.status !== 429 && !(r.status === 503 && r.text.includes('"overloaded"')),
    ).length;
    const pass = health.p95 < 300 && health.non200 === 0 && bad === 0;
    const row = {
      signIns: SIGNINS,
      wallMs,
      statuses: JSON.stringify(statuses),
      healthP95: health.p95,
      healthMax: health.max,
      healthNon200: health.non200,
      healthSamples: health.samples,
    };
    printTable("sign-in flood", [row]);
    console.log(
      `\n${verdict(pass)}  health p95 ${health.p95} ms (< 300; idle ${idle.p95} ms), non-200 ${health.non200}, sign-ins other than 401/429/503 overloaded: ${bad}`,
    );
    writeResult("drill-sign-in-flood", {
      options: { signIns: SIGNINS },
      result: row,
      idleHealthP95: idle.p95,
      diag,
      verdict: verdict(pass),
    });
    return pass;
  });
}

if (isMain(import.meta.url)) {
  signInFlood().then(
    (ok) => process.exit(ok ? 0 : 1),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
