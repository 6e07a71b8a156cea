import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo@1234";
export const MERCHANT = "merchant@graminstore.in";
export const CUSTOMER = "customer@graminstore.in";
export const ADMIN = "admin@graminstore.in";
// Per port, so parallel runs on other ports never overwrite each other's signed-in state.
export const state = (role: "merchant" | "customer" | "admin") =>
  `e2e/.auth/${process.env.E2E_PORT ?? 3100}/${role}.json`;

export async function signIn(page: Page, login: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel(/email or mobile/i).fill(login);
  await page.getByLabel(/^password$/i).fill(password);
  await page.getByRole("button", { name: /^sign in$/i }).click();
}

export async function expectHome(page: Page, path: "/merchant" | "/customer" | "/admin") {
  await expect(page).toHaveURL(new RegExp(`${path}$`));
}

export const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
export const uniquePhone = () => `9${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;
