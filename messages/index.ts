// Generated list of the message catalogs: one JSON file per screen area and language.
// Add a namespace by adding its two files and a line here (the parity test checks both).
import en_common from "./en/common.json";
import en_nav from "./en/nav.json";
import en_auth from "./en/auth.json";
import en_validation from "./en/validation.json";
import en_home from "./en/home.json";
import en_pos from "./en/pos.json";
import en_customers from "./en/customers.json";
import en_sales from "./en/sales.json";
import en_receipt from "./en/receipt.json";
import en_inventory from "./en/inventory.json";
import en_orders from "./en/orders.json";
import en_shops from "./en/shops.json";
import en_cart from "./en/cart.json";
import en_bills from "./en/bills.json";
import en_expenses from "./en/expenses.json";
import en_history from "./en/history.json";
import en_profile from "./en/profile.json";
import en_analytics from "./en/analytics.json";
import en_admin from "./en/admin.json";
import en_settings from "./en/settings.json";
import en_shift from "./en/shift.json";
import en_staff from "./en/staff.json";
import en_pwa from "./en/pwa.json";
import en_api from "./en/api.json";
import en_gst from "./en/gst.json";
import hi_common from "./hi/common.json";
import hi_nav from "./hi/nav.json";
import hi_auth from "./hi/auth.json";
import hi_validation from "./hi/validation.json";
import hi_home from "./hi/home.json";
import hi_pos from "./hi/pos.json";
import hi_customers from "./hi/customers.json";
import hi_sales from "./hi/sales.json";
import hi_receipt from "./hi/receipt.json";
import hi_inventory from "./hi/inventory.json";
import hi_orders from "./hi/orders.json";
import hi_shops from "./hi/shops.json";
import hi_cart from "./hi/cart.json";
import hi_bills from "./hi/bills.json";
import hi_expenses from "./hi/expenses.json";
import hi_history from "./hi/history.json";
import hi_profile from "./hi/profile.json";
import hi_analytics from "./hi/analytics.json";
import hi_admin from "./hi/admin.json";
import hi_settings from "./hi/settings.json";
import hi_shift from "./hi/shift.json";
import hi_staff from "./hi/staff.json";
import hi_pwa from "./hi/pwa.json";
import hi_api from "./hi/api.json";
import hi_gst from "./hi/gst.json";
export const en = {
  common: en_common,
  nav: en_nav,
  auth: en_auth,
  validation: en_validation,
  home: en_home,
  pos: en_pos,
  customers: en_customers,
  sales: en_sales,
  receipt: en_receipt,
  inventory: en_inventory,
  orders: en_orders,
  shops: en_shops,
  cart: en_cart,
  bills: en_bills,
  expenses: en_expenses,
  history: en_history,
  profile: en_profile,
  analytics: en_analytics,
  admin: en_admin,
  settings: en_settings,
  shift: en_shift,
  staff: en_staff,
  pwa: en_pwa,
  api: en_api,
  gst: en_gst,
};
export const hi = {
  common: hi_common,
  nav: hi_nav,
  auth: hi_auth,
  validation: hi_validation,
  home: hi_home,
  pos: hi_pos,
  customers: hi_customers,
  sales: hi_sales,
  receipt: hi_receipt,
  inventory: hi_inventory,
  orders: hi_orders,
  shops: hi_shops,
  cart: hi_cart,
  bills: hi_bills,
  expenses: hi_expenses,
  history: hi_history,
  profile: hi_profile,
  analytics: hi_analytics,
  admin: hi_admin,
  settings: hi_settings,
  shift: hi_shift,
  staff: hi_staff,
  pwa: hi_pwa,
  api: hi_api,
  gst: hi_gst,
};
export const catalogs = { en, hi } as const;
