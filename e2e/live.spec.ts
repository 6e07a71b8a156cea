import { expect, test } from "@playwright/test";
import { state } from "./helpers";

// Real time: a sale rung up on one tablet appears on the shop's other open screen within
// seconds, with no reload (PostgreSQL LISTEN/NOTIFY -> Server-Sent Events -> refresh).
test("a sale made in one browser appears live in another browser's sales history", async ({ browser }) => {
  const counter = await browser.newContext({ storageState: state("merchant") });
  const office = await browser.newContext({ storageState: state("merchant") });
  const history = await office.newPage();
  // Today's cash sales, newest first: the new sale becomes the first row.
  await history.goto("/merchant/sales?method=CASH");
  await expect(history.getByRole("heading", { level: 1 })).toBeVisible();
  await history.waitForTimeout(1500); // let the event stream connect

  const pos = await counter.newPage();
  await pos.goto("/merchant/pos");
  await expect(pos.getByTestId("pos-screen")).toHaveAttribute("data-ready", "true");
  // An amount no other spec uses, so the row is unmistakably this sale.
  await pos.keyboard.type("4321.09");
  await pos.getByRole("group", { name: "Payment method" }).getByRole("button", { name: "Cash", exact: true }).click();
  await pos.getByTestId("pos-charge").click();
  await pos.getByRole("button", { name: "Cash received" }).click();
  await expect(pos.getByTestId("receipt-total")).toHaveText("₹4,321.09");

  // No reload in the other browser: the row arrives by itself.
  await expect(history.getByTestId("sale-amount").filter({ hasText: "₹4,321.09" })).toHaveCount(1, { timeout: 10_000 });
  await counter.close();
  await office.close();
});
