// The navigation of each role's shell. Labels are message keys under "nav".
// *_MOBILE: the four screens in the phone's bottom bar; the rest sit in its "More" sheet.
import type { NavIconName } from "./nav-icon";

export const MERCHANT_NAV = [
  { href: "/merchant", key: "merchantHome", icon: "home", exact: true },
  { href: "/merchant/pos", key: "pos", icon: "pos" },
  { href: "/merchant/sales", key: "sales", icon: "bills" },
  { href: "/merchant/shift", key: "shift", icon: "cash" },
  { href: "/merchant/customers", key: "customers", icon: "tab" },
  { href: "/merchant/reminders", key: "reminders", icon: "bell" },
  { href: "/merchant/orders", key: "orders", icon: "orders" },
  { href: "/merchant/inventory", key: "inventory", icon: "inventory" },
  { href: "/merchant/analytics", key: "analytics", icon: "chart" },
  { href: "/merchant/staff", key: "staff", icon: "people" },
  { href: "/merchant/settings", key: "settings", icon: "settings" },
] as const;
export const MERCHANT_MOBILE = ["/merchant", "/merchant/pos", "/merchant/customers", "/merchant/orders"];

export const CUSTOMER_NAV = [
  { href: "/customer", key: "customerHome", icon: "home", exact: true },
  { href: "/customer/shops", key: "shops", icon: "cart" },
  { href: "/customer/orders", key: "myOrders", icon: "orders" },
  { href: "/customer/bills", key: "bills", icon: "tab" },
  { href: "/customer/expenses", key: "expenses", icon: "chart" },
  { href: "/customer/history", key: "history", icon: "history" },
  { href: "/customer/profile", key: "profile", icon: "person" },
] as const;
export const CUSTOMER_MOBILE = ["/customer", "/customer/shops", "/customer/orders", "/customer/bills"];

export const ADMIN_NAV = [
  { href: "/admin", key: "adminHome", icon: "home", exact: true },
  { href: "/admin/merchants", key: "adminMerchants", icon: "shop" },
  { href: "/admin/users", key: "adminUsers", icon: "people" },
  { href: "/admin/guests", key: "adminGuests", icon: "guest" },
  { href: "/admin/transactions", key: "adminTransactions", icon: "bills" },
  { href: "/admin/orders", key: "adminOrders", icon: "orders" },
  { href: "/admin/audit", key: "adminAudit", icon: "audit" },
] as const;

type NavEntry = { href: string; key: string; icon: NavIconName; exact?: boolean };

/** A role's navigation with its labels translated (`t` reads the "nav" messages). */
export function navItems(nav: readonly NavEntry[], t: (key: string) => string) {
  return nav.map((i) => ({ href: i.href, label: t(i.key), icon: i.icon, exact: i.exact }));
}
