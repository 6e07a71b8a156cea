// Polls /api/health while a drill runs: every answer's status and time.
import { request } from "./http";
import { summarize } from "./stats";

export function startHealthProbe(baseUrl: string, everyMs = 100) {
  const samples: { status: number; ms: number }[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const r = await request(baseUrl, "/api/health", { timeoutMs: 10_000 });
      samples.push({ status: r.status, ms: r.ms });
      await new Promise((res) => setTimeout(res, everyMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      const ms = summarize(samples.map((s) => s.ms));
      return {
        samples: samples.length,
        non200: samples.filter((s) => s.status !== 200).length,
        p95: ms.p95,
        max: ms.max,
      };
    },
  };
}
