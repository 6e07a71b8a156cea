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
