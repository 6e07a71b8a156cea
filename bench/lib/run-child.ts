// run-all starts each script in its own process: a fresh module state per stack (Prisma's
// WebAssembly migrator cannot be loaded twice in one process) and nothing left behind.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { RESULTS_DIR } from "./report";
import { ROOT } from "./stack";

/** Run `npx tsx <script>` (output streamed), then read the results file it wrote. */
export function runChild(
  script: string,
  resultName: string,
  env: Record<string, string> = {},
  /** Extra node flags, e.g. --conditions=react-server for a script that imports the app's server-only modules. */
  nodeArgs: string[] = [],
): Promise<{ code: number; seconds: number; result: Record<string, unknown> | null }> {
  const file = path.join(RESULTS_DIR, `${resultName}.json`);
  const before = fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", path.join(ROOT, script)], {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, ...env },
    });
    const forward = (sig: NodeJS.Signals) => child.kill(sig);
    process.once("SIGINT", forward);
    process.once("SIGTERM", forward);
    child.on("exit", (code) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      const fresh = fs.existsSync(file) && fs.statSync(file).mtimeMs > before;
      resolve({
        code: code ?? 1,
        seconds: Math.round((Date.now() - t0) / 1000),
        result: fresh ? (JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>) : null,
      });
    });
  });
}
