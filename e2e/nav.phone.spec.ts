import { expect, test } from "@playwright/test";
import { state } from "./helpers";

// The customer's phone (390 x 844): every customer screen is reachable from the bottom bar,
// directly or through its "More" sheet (History and Profile used to live only in the sidebar).
test.use({ storageState: state("customer") });

const SCREENS = [
  { label: "Shops", path: "/customer/shops" },
  { label: "My orders", path: "/customer/orders" },
  { label: "Bills & dues", path: "/customer/bills" },
  { label: "Expenses", path: "/customer/expenses", inMore: true },
  { label: "History", path: "/customer/history", inMore: true },
  { label: "Profile", path: "/customer/profile", inMore: true },
  { label: "Home", path: "/customer" },
];

test("every customer screen is reached from the phone's bottom bar", async ({ page }) => {
  await page.goto("/customer");
  const bar = page.getByTestId("bottom-nav");
  await expect(page.locator("aside")).toBeHidden(); // the desktop sidebar is not there to help
  const sheet = page.getByTestId("more-sheet");
  await expect(sheet).toBeHidden();
  for (const s of SCREENS) {
    if (s.inMore) {
      await bar.getByRole("button", { name: "More" }).tap();
      await expect(sheet).toBeVisible();
      await sheet.getByRole("link", { name: s.label }).tap();
    } else {
      await bar.getByRole("link", { name: s.label, exact: true }).tap();
    }
    await expect(page).toHaveURL(new RegExp(`${s.path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(sheet).toBeHidden(); // the sheet closes once the screen opens
  }
  // The profile is where the password is changed: its form is there on the phone.
  await bar.getByRole("button", { name: "More" }).tap();
  await sheet.getByRole("link", { name: "Profile" }).tap();
  await expect(page.getByLabel("New password")).toBeVisible();
});

test("checkout by UPI on a phone: the order's page offers the upi://pay link with the order reference, and the QR", async ({
  page,
}) => {
  await page.goto("/customer/shops");
  await page.getByRole("searchbox", { name: "Shop name" }).fill("Sharma");
  await page.getByRole("button", { name: "Search", exact: true }).tap();
  await page.getByTestId("shop-card").filter({ hasText: "Sharma Kirana Store" }).tap();
  await page.getByRole("button", { name: "Add Tata Salt 1kg to cart" }).tap();
  await page.getByRole("link", { name: "Go to checkout" }).tap();
  await page.getByLabel(/^UPI/).check();
  await expect(page.getByTestId("upi-after-order")).toBeVisible();
  await page.getByRole("button", { name: "Place order" }).tap();
  await expect(page).toHaveURL(/\/customer\/orders\/[^/?]+\?placed=1$/);
  const orderId = /\/customer\/orders\/([^/?]+)/.exec(page.url())![1]!;
  const ref = `ORD-${orderId.slice(-8).toUpperCase()}`;
  const link = page.getByTestId("pay-upi-link");
  await expect(link).toBeInViewport(); // on the first screen of the phone, not below the fold
  await expect(link).toHaveAttribute(
    "href",
    new RegExp(`^upi://pay\\?pa=sharmakirana@okhdfcbank&pn=[^&]+&am=28\\.00&cu=INR&tn=[^&]+&tr=${ref}$`),
  );
  await expect(page.getByTestId("upi-reference")).toContainText(ref);
  await expect(page.getByTestId("upi-qr")).toHaveAttribute("data-upi-uri", (await link.getAttribute("href"))!);
});
