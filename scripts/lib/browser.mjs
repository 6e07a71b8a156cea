// Finds (and, when asked, gets) the Chromium the end-to-end tests drive. Order:
//   1. CHROMIUM_PATH, when it names an existing file;
//   2. Playwright's own managed Chromium (`npx playwright install chromium` puts it there);
//   3. the system's: /usr/bin/chromium, /usr/bin/chromium-browser, or `chromium` on PATH.
// When none exists, ensureChromium() tries `npx playwright install chromium` (works wherever
// Playwright's download is reachable), then, on Debian/Ubuntu as root,
// `apt-get install -y chromium fonts-noto-core` (the Noto fonts draw the Hindi screens), and
// when all fail it stops with one line that says what to run.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

export const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
export const NO_BROWSER_HINT =
  "No Chromium for the e2e tests: run `npx playwright install chromium`, or `sudo apt-get install -y chromium fonts-noto-core`, or set CHROMIUM_PATH to a Chromium binary.";

const isFile = (p) => {
  try {
    return Boolean(p) && fs.statSync(p).isFile();
  } catch {
    return false;
  }
};

function playwrightChromium() {
  try {
    return require("playwright-core").chromium.executablePath();
  } catch {
    return null;
  }
}

function onPath(name, envPath) {
  for (const dir of (envPath ?? "").split(path.delimiter).filter(Boolean)) {
    const p = path.join(dir, name);
    if (isFile(p)) return p;
  }
  return null;
}

/**
 * The first Chromium that exists, or null. Options exist for the test: `env` (CHROMIUM_PATH,
 * PATH), `managed` (Playwright's path) and `system` (fixed system paths).
 */
export function findChromium({ env = process.env, managed = playwrightChromium(), system = SYSTEM_CHROMIUMS } = {}) {
  const candidates = [env.CHROMIUM_PATH, managed, ...system, onPath("chromium", env.PATH)];
  return candidates.find(isFile) ?? null;
}

function isDebianLike(osRelease) {
  try {
    const text = fs.readFileSync(osRelease, "utf8");
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(text);
  } catch {
    return false;
  }
}

/**
 * findChromium(), or install one and find it again. Returns the path; throws an Error whose
 * message is NO_BROWSER_HINT when nothing worked. `run` and the rest are for the test.
 */
export function ensureChromium({
  env = process.env,
  managed,
  system = SYSTEM_CHROMIUMS,
  osRelease = "/etc/os-release",
  isRoot = typeof process.getuid === "function" && process.getuid() === 0,
  log = (line) => console.error(line),
  run = (cmd, args, runEnv = env) => spawnSync(cmd, args, { stdio: "inherit", env: runEnv }).status === 0,
} = {}) {
  const find = () => findChromium({ env, managed: managed ?? playwrightChromium(), system });
  const found = find();
  if (found) return found;

  log("ensure-browser: no Chromium found; trying `npx playwright install chromium`");
  if (run("npx", ["playwright", "install", "chromium"])) {
    const got = find();
    if (got) return got;
  }
  if (isRoot && isDebianLike(osRelease)) {
    log("ensure-browser: trying `apt-get install -y chromium fonts-noto-core`");
    const aptEnv = { ...env, DEBIAN_FRONTEND: "noninteractive" };
    const apt = (args) => run("apt-get", args, aptEnv);
    if (apt(["update", "-qq"]) && apt(["install", "-y", "-qq", "chromium", "fonts-noto-core"])) {
      const got = find();
      if (got) return got;
    }
  }
  throw new Error(NO_BROWSER_HINT);
}
