import { expect, test } from "@playwright/test";
import { state } from "./helpers";

// The order journey across two browsers: the customer orders, the shop's open orders page
// shows it without a reload (live events), the shop moves it to completed, and the customer
// sees that.
test("a customer's order appears live at the shop, is accepted, readied and completed", async ({ browser }) => {
  const customer = await browser.newContext({ storageState: state("customer") });
  const merchant = await browser.newContext({ storageState: state("merchant") });
  const c = await customer.newPage();
  const m = await merchant.newPage();
  try {
    // The shop is already looking at its orders before the customer orders.
    await m.goto("/merchant/orders");
    await expect(m.getByRole("heading", { name: "Orders", exact: true })).toBeVisible();

    await c.goto("/customer/shops");
    await c.getByRole("searchbox", { name: "Shop name" }).fill("Sharma");
    await c.getByRole("button", { name: "Search", exact: true }).click();
    await c.getByTestId("shop-card").filter({ hasText: "Sharma Kirana Store" }).click();
    await expect(c.getByRole("heading", { name: "Sharma Kirana Store" })).toBeVisible();

    await c.getByRole("button", { name: "Add Tata Salt 1kg to cart" }).click();
    await c.getByRole("button", { name: "Add Maggi Noodles 70g to cart" }).click();
    await c.getByRole("button", { name: "One more Maggi Noodles 70g" }).click();
    await expect(c.getByTestId("cart-bar")).toContainText("3 items");
    // The cart survives a reload (localStorage, per shop).
    await c.reload();
    await expect(c.getByTestId("cart-bar")).toContainText("3 items");
    await c.getByRole("link", { name: "Go to checkout" }).click();

    await expect(c.getByTestId("cart-line")).toHaveCount(2);
    await expect(c.getByTestId("cart-total")).toHaveText("₹56"); // 28 + 2 × 14
    // Priya keeps a tab at this shop, so pay later is offered; she pays cash this time.
    await expect(c.getByLabel(/Pay later/)).toBeEnabled();
    await c.getByLabel("Cash on pickup").check();
    await c.getByRole("button", { name: "Place order" }).click();

    await expect(c).toHaveURL(/\/customer\/orders\/[^/?]+\?placed=1$/);
    await expect(c.getByTestId("order-placed")).toBeVisible();
    await expect(c.getByTestId("order-item")).toHaveCount(2);
    await expect(c.getByTestId("order-total")).toHaveText("₹56");
    const orderId = /\/customer\/orders\/([^/?]+)/.exec(c.url())![1]!;

    // No reload on the shop's side: the order arrives through the live event stream.
    const card = m.locator(`[data-order-id="${orderId}"]`);
    await expect(card).toBeVisible({ timeout: 15_000 });
    await expect(card.getByTestId("order-status")).toHaveText("New");
    await expect(card).toContainText("Priya Patel");
    await card.getByRole("button", { name: "Accept" }).click();
    await expect(card.getByTestId("order-status")).toHaveText("Accepted");
    await card.getByRole("button", { name: "Mark ready" }).click();
    await expect(card.getByTestId("order-status")).toHaveText("Ready for pickup");
    await card.getByRole("button", { name: /^Complete/ }).click();
    await expect(card).toHaveCount(0); // done: it leaves the open tab

    await m.goto(`/merchant/orders/${orderId}`);
    await expect(m.getByTestId("order-status")).toHaveText("Completed");
    await expect(m.getByText("Entered in your sales.")).toBeVisible();

    await c.goto("/customer/orders");
    await expect(c.locator(`[data-order-id="${orderId}"]`).getByTestId("order-status")).toHaveText("Completed");
  } finally {
    await customer.close();
    await merchant.close();
  }
});

test("pay later is not offered at a shop that does not keep the customer's account", async ({ browser }) => {
  const customer = await browser.newContext({ storageState: state("customer") });
  const c = await customer.newPage();
  try {
    await c.goto("/customer/shops?q=Verma");
    await c.getByTestId("shop-card").filter({ hasText: "Verma Hardware" }).click();
    await c.getByRole("button", { name: "Add Claw Hammer to cart" }).click();
    await c.getByRole("link", { name: "Go to checkout" }).click();
    await expect(c.getByLabel(/Pay later/)).toBeDisabled();
    await expect(c.getByText("Only at shops that already keep your account.", { exact: false })).toBeVisible();
  } finally {
    await customer.close();
  }
});

test("a customer cancels an order the shop has not accepted; the stock goes back", async ({ browser }) => {
  const customer = await browser.newContext({ storageState: state("customer") });
  const c = await customer.newPage();
  try {
    await c.goto("/customer/shops?q=Annapurna");
    await c.getByTestId("shop-card").filter({ hasText: "Annapurna Bakery" }).click();
    await c.getByRole("button", { name: "Add Veg Puff to cart" }).click();
    await c.getByRole("link", { name: "Go to checkout" }).click();
    await c.getByRole("button", { name: "Place order" }).click();
    await expect(c.getByTestId("order-placed")).toBeVisible();
    await c.getByRole("button", { name: "Cancel order" }).click();
    await c.getByRole("button", { name: "Yes, cancel it" }).click();
    await expect(c.getByTestId("order-status")).toHaveText("Cancelled");
  } finally {
    await customer.close();
  }
});
