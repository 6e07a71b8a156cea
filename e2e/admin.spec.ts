import { expect, test, type Browser } from "@playwright/test";
import { expectHome, signIn, state, unique, uniquePhone } from "./helpers";

/** A customer who registers through the app in their own browser, and stays signed in. */
async function registerCustomer(browser: Browser) {
  const id = unique();
  const person = { name: `Meena Test ${id}`, email: `meena-${id}@example.in`, password: "Khata@2026" };
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/register?as=customer");
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Mobile number").fill(uniquePhone());
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expectHome(page, "/customer");
  return { ...person, page, context };
}

/** The admin searches the customer list and opens that customer's page. */
async function openCustomerAsAdmin(browser: Browser, email: string, name: string) {
  const context = await browser.newContext({ storageState: state("admin") });
  const page = await context.newPage();
  await page.goto("/admin/users");
  await page.getByLabel("Search name, email or mobile").fill(email);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\/admin\/users\?q=/);
  await expect(page.getByTestId("user-row")).toHaveCount(1);
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return { page, context };
}

test("the admin disables a customer: they cannot sign in, and their open session ends", async ({ browser }) => {
  const customer = await registerCustomer(browser);
  const admin = await openCustomerAsAdmin(browser, customer.email, customer.name);

  await expect(admin.page.getByTestId("account-status")).toHaveText("Active");
  await admin.page.getByRole("button", { name: "Disable account" }).click();
  await admin.page.getByRole("button", { name: "Yes, disable" }).click();
  await expect(admin.page.getByTestId("account-status")).toHaveText("Disabled");
  await expect(admin.page.getByRole("button", { name: "Re-enable account" })).toBeVisible();

  // The audit log names who did it, and the account's before and after.
  await admin.page.goto(`/admin/audit?action=admin.user.disable&actor=admin%40graminstore.in`);
  await expect(admin.page.getByTestId("audit-row").filter({ hasText: "Account disabled" }).first()).toBeVisible();

  // The session the customer still has open stops at their next navigation.
  await customer.page.goto("/customer/bills");
  await expect(customer.page).toHaveURL(/\/login/);
  // And signing in again is refused with a clear reason.
  await signIn(customer.page, customer.email, customer.password);
  await expect(customer.page.getByRole("alert").filter({ hasText: "This account has been disabled." })).toBeVisible();
  await expect(customer.page).toHaveURL(/\/login/);

  await Promise.all([customer.context.close(), admin.context.close()]);
});

test("a one-time reset link from the admin sets a new password, and works only once", async ({ browser }) => {
  const customer = await registerCustomer(browser);
  const admin = await openCustomerAsAdmin(browser, customer.email, customer.name);
  await admin.page.getByRole("button", { name: "Create a password reset link" }).click();
  const link = await admin.page.getByLabel(/One-time reset link/).inputValue();
  expect(link).toMatch(/\/reset-password\/[A-Za-z0-9_-]{43}$/);

  const fresh = await browser.newContext();
  const page = await fresh.newPage();
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill("Fresh@2026");
  await page.getByLabel("Type the new password again").fill("Fresh@2026");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByRole("status")).toHaveText(/Your password has been changed/);

  // The customer's old session was signed out; the new password works; the link is spent.
  await customer.page.goto("/customer");
  await expect(customer.page).toHaveURL(/\/login/);
  await signIn(page, customer.email, "Fresh@2026");
  await expectHome(page, "/customer");
  await page.goto(link);
  await expect(page.getByRole("alert").filter({ hasText: "This reset link has already been used." })).toBeVisible();

  await Promise.all([customer.context.close(), admin.context.close(), fresh.close()]);
});

test.describe("as the admin", () => {
  test.use({ storageState: state("admin") });

  test("every list searches, filters and opens its detail page", async ({ page }) => {
    await page.goto("/admin");
    await expect(page.getByRole("heading", { name: "Recent audit entries" })).toBeVisible();
    await expect(page.getByTestId("admin-db")).toHaveText("Healthy");

    await page.goto("/admin/merchants?q=Sharma");
    await page.getByRole("link", { name: "Sharma Kirana Store" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sharma Kirana Store" })).toBeVisible();
    await expect(page.getByLabel("Shop name")).toHaveValue("Sharma Kirana Store");

    await page.goto("/admin/transactions");
    await page.getByLabel("Type").selectOption("VOID");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/type=VOID/);
    await page.locator("tbody tr a[href^='/admin/transactions/']").first().click();
    await expect(page.getByRole("heading", { level: 1, name: /^Void · / })).toBeVisible();

    await page.goto("/admin/orders");
    await page.locator("tbody tr a[href^='/admin/orders/']").first().click();
    await expect(page.getByRole("heading", { name: "Items ordered" })).toBeVisible();

    await page.goto("/admin/guests");
    await expect(page.getByRole("navigation", { name: "Pages" })).toContainText("Page 1 of");
    await page.goto("/admin/users?q=no-such-person-anywhere");
    await expect(page.getByText("Nothing matches these filters.")).toBeVisible();
  });
});
