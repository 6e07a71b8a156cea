// The navigation of each role's shell. Labels are message keys under "nav".
// *_MOBILE: the four screens in the phone's bottom bar; the rest sit in its "More" sheet.
export const MERCHANT_NAV = [
  { href: "/merchant", key: "merchantHome", icon: "🏠", exact: true },
  { href: "/merchant/pos", key: "pos", icon: "🧮" },
  { href: "/merchant/sales", key: "sales", icon: "🧾" },
  { href: "/merchant/shift", key: "shift", icon: "💵" },
  { href: "/merchant/customers", key: "customers", icon: "📒" },
  { href: "/merchant/reminders", key: "reminders", icon: "🔔" },
  { href: "/merchant/orders", key: "orders", icon: "📦" },
  { href: "/merchant/inventory", key: "inventory", icon: "🏷️" },
  { href: "/merchant/analytics", key: "analytics", icon: "📊" },
  { href: "/merchant/staff", key: "staff", icon: "👥" },
  { href: "/merchant/settings", key: "settings", icon: "⚙️" },
] as const;
export const MERCHANT_MOBILE = ["/merchant", "/merchant/pos", "/merchant/customers", "/merchant/orders"];

export const CUSTOMER_NAV = [
  { href: "/customer", key: "customerHome", icon: "🏠", exact: true },
  { href: "/customer/shops", key: "shops", icon: "🛒" },
  { href: "/customer/orders", key: "myOrders", icon: "📦" },
  { href: "/customer/bills", key: "bills", icon: "📒" },
  { href: "/customer/expenses", key: "expenses", icon: "📊" },
  { href: "/customer/history", key: "history", icon: "🕘" },
  { href: "/customer/profile", key: "profile", icon: "👤" },
] as const;
export const CUSTOMER_MOBILE = ["/customer", "/customer/shops", "/customer/orders", "/customer/bills"];

export const ADMIN_NAV = [
  { href: "/admin", key: "adminHome", icon: "🏠", exact: true },
  { href: "/admin/merchants", key: "adminMerchants", icon: "🏪" },
  { href: "/admin/users", key: "adminUsers", icon: "👥" },
  { href: "/admin/guests", key: "adminGuests", icon: "🚶" },
  { href: "/admin/transactions", key: "adminTransactions", icon: "🧾" },
  { href: "/admin/orders", key: "adminOrders", icon: "📦" },
  { href: "/admin/audit", key: "adminAudit", icon: "📜" },
] as const;

type NavEntry = { href: string; key: string; icon: string; exact?: boolean };

/** A role's navigation with its labels translated (`t` reads the "nav" messages). */
export function navItems(nav: readonly NavEntry[], t: (key: string) => string) {
  return nav.map((i) => ({ href: i.href, label: t(i.key), icon: i.icon, exact: i.exact }));
}
