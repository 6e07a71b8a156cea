// The screens each kind of write makes stale, named once, so no action keeps its own list.
import type { Refresh } from "./core";

const layout = (path: string): Refresh => ({ path, type: "layout" });
const page = (path: string): Refresh => ({ path });

export const REFRESH = {
  /** Merchant home: today's sales, dues, open orders, low stock. */
  home: [page("/merchant")],
  /** Every screen that shows a due: the tabs, the history and the home's "owed to you". */
  dues: [layout("/merchant/customers"), page("/merchant/sales"), page("/merchant")],
  /** The customer list and tab pages (a new tab, a limit). */
  tabs: [layout("/merchant/customers")],
  /** One tab's page, the lists that show dues, and the customer's bill screens. */
  tab: (customerId: string) => [
    page(`/merchant/customers/${customerId}`),
    page("/merchant/customers"),
    page("/merchant"),
    layout("/customer/bills"),
  ],
  /** The sales history and its receipts. */
  sales: [layout("/merchant/sales")],
  /** Inventory list and product pages. */
  inventory: [layout("/merchant/inventory")],
  /** The catalogue everywhere: inventory, the home's low-stock count, the counter's list. */
  catalogue: [layout("/merchant/inventory"), page("/merchant"), page("/merchant/pos")],
  merchantOrders: [layout("/merchant/orders")],
  customerOrders: [layout("/customer/orders")],
  customerBills: [layout("/customer/bills")],
  shop: (merchantId: string) => [page(`/customer/shops/${merchantId}`)],
  /** The cash drawer screen. */
  shift: [page("/merchant/shift")],
  staff: [page("/merchant/staff")],
  /** The counter (its settings: sell past stock, scale barcodes). */
  counter: [page("/merchant/pos")],
  /** Every merchant screen: the shell names who is selling at the counter. */
  merchantShell: [layout("/merchant")],
  reminders: [page("/merchant/reminders")],
  /** A customer's bill screen for one tab. */
  customerTab: (customerId: string) => [page(`/customer/bills/${customerId}`)],
};
