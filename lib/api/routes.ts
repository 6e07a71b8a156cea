// Every /api/v1 route module, so the OpenAPI document and /api/docs list all of them:
// a route registers its operations when imported, and Next imports a route only when it
// is first requested. ADD ONE LINE HERE FOR EACH NEW app/api/v1/**/route.ts
// (lib/api/openapi.test.ts fails when a route file is missing from this list).
// Static specifiers inside import() keep the bundler able to see every module.
export const ROUTE_MODULES: Record<string, () => Promise<unknown>> = {
  "app/api/v1/auth/register/route.ts": () => import("@/app/api/v1/auth/register/route"),
  "app/api/v1/auth/login/route.ts": () => import("@/app/api/v1/auth/login/route"),
  "app/api/v1/auth/logout/route.ts": () => import("@/app/api/v1/auth/logout/route"),
  "app/api/v1/me/route.ts": () => import("@/app/api/v1/me/route"),
  "app/api/v1/me/password/route.ts": () => import("@/app/api/v1/me/password/route"),
  "app/api/v1/events/route.ts": () => import("@/app/api/v1/events/route"),
  "app/api/v1/openapi.json/route.ts": () => import("@/app/api/v1/openapi.json/route"),
  "app/api/v1/bills/route.ts": () => import("@/app/api/v1/bills/route"),
  "app/api/v1/expenses/route.ts": () => import("@/app/api/v1/expenses/route"),
  "app/api/v1/products/route.ts": () => import("@/app/api/v1/products/route"),
  "app/api/v1/products/[id]/route.ts": () => import("@/app/api/v1/products/[id]/route"),
  "app/api/v1/shop/route.ts": () => import("@/app/api/v1/shop/route"),
  "app/api/v1/shops/route.ts": () => import("@/app/api/v1/shops/route"),
  "app/api/v1/shops/[id]/products/route.ts": () => import("@/app/api/v1/shops/[id]/products/route"),
  "app/api/v1/orders/route.ts": () => import("@/app/api/v1/orders/route"),
  "app/api/v1/orders/[id]/route.ts": () => import("@/app/api/v1/orders/[id]/route"),
  "app/api/v1/sales/route.ts": () => import("@/app/api/v1/sales/route"),
  "app/api/v1/sales/[id]/void/route.ts": () => import("@/app/api/v1/sales/[id]/void/route"),
  "app/api/v1/sales/[id]/returns/route.ts": () => import("@/app/api/v1/sales/[id]/returns/route"),
  "app/api/v1/payments/route.ts": () => import("@/app/api/v1/payments/route"),
  "app/api/v1/transactions/route.ts": () => import("@/app/api/v1/transactions/route"),
  "app/api/v1/customers/route.ts": () => import("@/app/api/v1/customers/route"),
  "app/api/v1/customers/[id]/route.ts": () => import("@/app/api/v1/customers/[id]/route"),
  "app/api/v1/dashboard/merchant/route.ts": () => import("@/app/api/v1/dashboard/merchant/route"),
  "app/api/v1/dashboard/customer/route.ts": () => import("@/app/api/v1/dashboard/customer/route"),
  "app/api/v1/reminders/route.ts": () => import("@/app/api/v1/reminders/route"),
  "app/api/v1/reminders/bulk/route.ts": () => import("@/app/api/v1/reminders/bulk/route"),
  "app/api/v1/reminders/[customerId]/route.ts": () => import("@/app/api/v1/reminders/[customerId]/route"),
  "app/api/v1/push-subscriptions/route.ts": () => import("@/app/api/v1/push-subscriptions/route"),
  "app/api/v1/staff/route.ts": () => import("@/app/api/v1/staff/route"),
  "app/api/v1/shifts/route.ts": () => import("@/app/api/v1/shifts/route"),
  "app/api/v1/shifts/[id]/cash/route.ts": () => import("@/app/api/v1/shifts/[id]/cash/route"),
  "app/api/v1/shifts/[id]/close/route.ts": () => import("@/app/api/v1/shifts/[id]/close/route"),
  "app/api/v1/me/data/route.ts": () => import("@/app/api/v1/me/data/route"),
  "app/api/v1/deletion-requests/route.ts": () => import("@/app/api/v1/deletion-requests/route"),
  "app/api/v1/deletion-requests/[id]/carry-out/route.ts": () =>
    import("@/app/api/v1/deletion-requests/[id]/carry-out/route"),
  "app/api/v1/reports/gstr1/route.ts": () => import("@/app/api/v1/reports/gstr1/route"),
};

let loaded: Promise<void> | undefined;

/** Import every route module once (registration happens at import). */
export function loadAllRoutes(): Promise<void> {
  loaded ??= Promise.all(Object.values(ROUTE_MODULES).map((load) => load())).then(
    () => undefined,
    (err: unknown) => {
      loaded = undefined; // let the next request try again rather than cache the failure
      throw err;
    },
  );
  return loaded;
}
