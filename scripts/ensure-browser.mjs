// npm test runs this before the e2e suite: finds Chromium or gets one (scripts/lib/browser.mjs).
import { ensureChromium } from "./lib/browser.mjs";

try {
  console.log(`e2e browser: ${ensureChromium()}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
