// `npm run cluster [-- --instances 3 --port 3000]`: the app past one process, on one machine.
// N `next start` instances of the production build behind nginx, a throwaway embedded
// PostgreSQL seeded with the demo data, and a streaming read replica that analytics, reports
// and exports read from. Ctrl-C stops everything and removes the temp dir.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { startCluster } from "./lib/cluster";

const ROOT = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    instances: { type: "string", default: process.env.CLUSTER_INSTANCES ?? "3" },
    port: { type: "string", default: process.env.PORT ?? "3000" },
  },
});
const distDir = process.env.NEXT_DIST_DIR || ".next";

function ensureBuild() {
  if (fs.existsSync(path.join(ROOT, distDir, "BUILD_ID"))) return;
  console.log(`no production build in ${distDir} yet: running \`next build\` first`);
  const env = { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" };
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], {
    cwd: ROOT,
    env,
    stdio: "inherit",
  });
  execFileSync(process.execPath, [path.join(ROOT, "scripts/build-sw.mjs")], { cwd: ROOT, env, stdio: "inherit" });
}

async function main() {
  ensureBuild();
  const cluster = await startCluster({
    instances: Math.max(1, Number(values.instances)),
    port: Number(values.port),
    distDir,
    seed: true,
    log: (m) => console.log(m),
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log("\nstopping the cluster...");
    clearInterval(watch);
    await cluster.stop();
    process.exit(0);
  };
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => void stop());
  // Every 30 s, one line on the replica's lag (it shows the streaming is alive).
  const watch = setInterval(() => {
    cluster.replica
      .lag()
      .then((l) => console.log(`replica lag: ${l.bytes} bytes of WAL`))
      .catch(() => {});
  }, 30_000);
  console.log(
    `\nGraminStore cluster on ${cluster.url}: ${cluster.instances.length} instances behind nginx, ` +
      `primary + streaming replica. Demo accounts as in the README. Ctrl-C stops it.`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
