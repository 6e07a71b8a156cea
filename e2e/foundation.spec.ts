import { expect, test } from "@playwright/test";
import { ADMIN, CUSTOMER, MERCHANT, expectHome, signIn, unique, uniquePhone } from "./helpers";

test("a new merchant registers, lands on the shop dashboard, and signs out", async ({ page }) => {
  const id = unique();
  await page.goto("/register");
  await page.getByLabel("Shop name").fill(`Test Kirana ${id}`);
  await page.getByLabel("Owner's name").fill("Suresh Yadav");
  await page.getByLabel("Email").fill(`suresh-${id}@example.in`);
  await page.getByLabel("Mobile number").fill(uniquePhone());
  await page.getByLabel("Password").fill("Kirana@2026");
  await page.getByRole("button", { name: "Create account" }).click();
  await expectHome(page, "/merchant");
  await expect(page.getByRole("heading", { name: "Namaste, Suresh Yadav" })).toBeVisible();
  // A new shop has no UPI yet: the dashboard nudges to finish setup.
  await expect(page.getByText(/UPI is not set up yet/)).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/merchant");
  await expect(page).toHaveURL(/\/login/);
});

test("registration keeps what was typed and explains each bad field", async ({ page }) => {
  await page.goto("/register?as=customer");
  await page.getByLabel("Your name").fill("Asha Rao");
  await page.getByLabel("Mobile number").fill("12345");
  await page.getByLabel("Email").fill(CUSTOMER); // already registered
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/10-digit Indian mobile number/)).toBeVisible();
  await expect(page.getByText(/at least 8 characters/)).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("Asha Rao");
  await page.getByLabel("Mobile number").fill(uniquePhone());
  await page.getByLabel("Password").fill("Longer@2026");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists.")).toBeVisible();
  await expect(page).toHaveURL(/\/register/);
});

test("the seeded customer and the admin each land on their own home", async ({ browser }) => {
  for (const [login, home, heading] of [
    [CUSTOMER, "/customer", "Namaste, Priya Patel"],
    [ADMIN, "/admin", "GraminStore admin"],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, login);
    await expectHome(page, home);
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
    await context.close();
  }
});

test("a wrong password gets one generic message", async ({ page }) => {
  await signIn(page, MERCHANT, "wrong-password-1");
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email/mobile or password." })).toBeVisible();
  await signIn(page, "nobody@example.in", "wrong-password-1");
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email/mobile or password." })).toBeVisible();
});

test("a customer cannot open merchant or admin screens", async ({ page }) => {
  await signIn(page, CUSTOMER);
  await expectHome(page, "/customer");
  await page.goto("/merchant/pos");
  await expectHome(page, "/customer");
  await page.goto("/admin");
  await expectHome(page, "/customer");
});

test("health reports the database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", db: "ok" });
});
