import { defineConfig, devices } from "@playwright/test";
import { findChromium, NO_BROWSER_HINT } from "./scripts/lib/browser.mjs";

// End-to-end: a production build (`next build` runs first in `npm run test:e2e`) served by
// scripts/run.ts e2e on a throwaway embedded PostgreSQL, driven in Debian's Chromium.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
if (!/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(baseURL))
  throw new Error("e2e runs only against a local server");

// npm test runs scripts/ensure-browser.mjs first, which installs one when none is found.
const executablePath = findChromium();
if (!executablePath) throw new Error(NO_BROWSER_HINT);

const chromium = {
  executablePath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: "e2e",
  outputDir: `test-results/${process.env.NEXT_DIST_DIR ?? "default"}`,
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    launchOptions: chromium,
    trace: "retain-on-failure",
    locale: "en-IN",
    timezoneId: "Asia/Kolkata",
    serviceWorkers: "block",
  },
  webServer: {
    command: "npx tsx scripts/run.ts e2e",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: { PORT: String(PORT) },
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "ignore",
    stderr: "pipe",
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    {
      name: "desktop",
      dependencies: ["setup"],
      testIgnore: /\.(tablet|phone)\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], launchOptions: chromium },
    },
    {
      name: "tablet",
      dependencies: ["setup"],
      testMatch: /\.tablet\.spec\.ts/,
      use: { viewport: { width: 1024, height: 768 }, hasTouch: true, launchOptions: chromium },
    },
    {
      name: "phone",
      dependencies: ["setup"],
      testMatch: /\.phone\.spec\.ts/,
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, launchOptions: chromium },
    },
  ],
});
