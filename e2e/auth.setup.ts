import { test as setup } from "@playwright/test";
import { ADMIN, CUSTOMER, MERCHANT, expectHome, signIn, state } from "./helpers";

// One signed-in browser state per seeded role, reused by the specs.
for (const [role, login, home] of [
  ["merchant", MERCHANT, "/merchant"],
  ["customer", CUSTOMER, "/customer"],
  ["admin", ADMIN, "/admin"],
] as const) {
  setup(`sign in as the seeded ${role}`, async ({ page }) => {
    await signIn(page, login);
    await expectHome(page, home);
    await page.context().storageState({ path: state(role) });
  });
}
