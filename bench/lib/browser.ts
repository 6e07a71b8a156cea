// Debian's Chromium through playwright-core, and the web sign-in the pages need.
import { chromium, type Browser, type BrowserContext } from "playwright-core";

export const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
// BENCH_CHROME_FLAGS_ADD / BENCH_CHROME_FLAGS_DROP (comma-separated): diagnosis of the browser's
// own part in a figure, e.g. BENCH_CHROME_FLAGS_DROP=--disable-gpu.
const listEnv = (name: string) => (process.env[name] ?? "").split(",").filter(Boolean);
export const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  ...listEnv("BENCH_CHROME_FLAGS_ADD"),
].filter((f) => !listEnv("BENCH_CHROME_FLAGS_DROP").includes(f));

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME_PATH,
    args: CHROME_FLAGS.filter((f) => f !== "--headless=new"),
    headless: true,
  });
}

/** A context signed in through the real login form; returns it with its session cookie. */
export async function signedIn(
  browser: Browser,
  baseUrl: string,
  login: string,
  password: string,
  viewport = { width: 1024, height: 768 },
): Promise<{ context: BrowserContext; cookie: string }> {
  const context = await browser.newContext({ viewport, locale: "en-IN", timezoneId: "Asia/Kolkata" });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(/email or mobile/i).fill(login);
  await page.getByLabel(/^password$/i).fill(password);
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"), { timeout: 60_000 });
  await page.close();
  const cookies = await context.cookies(baseUrl);
  const cookie = cookies
    .filter((c) => c.name.includes("next-auth"))
    .map((c) => `${c.name}=${c.value}`)
    .join("; ");
  if (!cookie.includes("session-token")) throw new Error(`sign-in as ${login} gave no session cookie`);
  return { context, cookie };
}
