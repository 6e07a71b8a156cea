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

// The merchant home's "Today's sales" follows a sale made on another screen, like sales history.
test("the merchant home's today figures update live when a sale is made elsewhere", async ({ browser }) => {
  const counter = await browser.newContext({ storageState: state("merchant") });
  const office = await browser.newContext({ storageState: state("merchant") });
  const home = await office.newPage();
  await home.goto("/merchant");
  const today = home.getByTestId("today-sales");
  await expect(today).toBeVisible();
  // "₹12,345.67" or "₹12,345": normalise both to paise.
  const read = async () => {
    const text = (await today.textContent()) ?? "";
    const [r, p = "0"] = text.replace(/[^\d.]/g, "").split(".");
    return Number(r) * 100 + Number(p.padEnd(2, "0"));
  };
  const before = await read();
  await home.waitForTimeout(1500); // let the event stream connect

  const pos = await counter.newPage();
  await pos.goto("/merchant/pos");
  await expect(pos.getByTestId("pos-screen")).toHaveAttribute("data-ready", "true");
  await pos.keyboard.type("1234.56");
  await pos.getByRole("group", { name: "Payment method" }).getByRole("button", { name: "Cash", exact: true }).click();
  await pos.getByTestId("pos-charge").click();
  await pos.getByRole("button", { name: "Cash received" }).click();
  await expect(pos.getByTestId("receipt-total")).toHaveText("₹1,234.56");

  await expect.poll(read, { timeout: 10_000 }).toBeGreaterThanOrEqual(before + 123_456);
  await counter.close();
  await office.close();
});
