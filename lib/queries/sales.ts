// Reads for the sales history. The URL carries calendar dates (YYYY-MM-DD) as the shop
// reads them; here they become instants in the shop's time zone for lib/domain.
import "server-only";
import { listSales, salesCsv, type SalesPage } from "@/lib/queries/sales-history";
import { addDays, zonedDayStart } from "@/lib/time";
import type { SaleMethod, SalesFilterRaw } from "@/lib/validation/sale";

export const SALES_PAGE_SIZE = 30;
export const SALES_METHODS = ["CASH", "CARD", "UPI", "CREDIT"] as const satisfies readonly SaleMethod[];
/** The type filter the screen offers; none = every sale (paid and pay later). */
export const SALES_TYPES = ["SALE", "CREDIT_SALE", "PAYMENT"] as const;
export type SalesType = (typeof SALES_TYPES)[number];

/** The history's filter as the URL holds it. */
export type SalesView = {
  from?: string;
  to?: string;
  method?: SaleMethod;
  type?: SalesType;
  customerId?: string;
  /** Sales rung up by this person (owner or staff). */
  createdById?: string;
  q?: string;
  page: number;
};

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

function calendarDate(v: string | undefined): string | undefined {
  if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return undefined;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v ? v : undefined;
}
const oneOf = <T extends string>(list: readonly T[], v: string | undefined): T | undefined =>
  (list as readonly string[]).includes(v ?? "") ? (v as T) : undefined;

/**
 * Read the filter from the URL, dropping what does not parse (a stale or hand-edited link
 * shows the history rather than an error). `rangeError` is a validation message key when
 * "from" is after "to"; the range is then ignored.
 */
export function salesViewFrom(params: SearchParams): { view: SalesView; rangeError: string | null } {
  const page = Number(first(params.page) ?? 1);
  const customerId = first(params.customerId);
  const createdById = first(params.by);
  const view: SalesView = {
    from: calendarDate(first(params.from)),
    to: calendarDate(first(params.to)),
    method: oneOf(SALES_METHODS, first(params.method)),
    type: oneOf(SALES_TYPES, first(params.type)),
    customerId: customerId && /^[A-Za-z0-9_-]{1,64}$/.test(customerId) ? customerId : undefined,
    createdById: createdById && /^[A-Za-z0-9_-]{1,64}$/.test(createdById) ? createdById : undefined,
    q: first(params.q)?.slice(0, 80),
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
  if (view.from && view.to && view.from > view.to)
    return { view: { ...view, from: undefined, to: undefined }, rangeError: "sale_range_invalid" };
  return { view, rangeError: null };
}

/** The domain filter: "to" is inclusive on screen, so the bound is the start of the next day. */
export function salesFilterOf(view: SalesView, timeZone: string): SalesFilterRaw {
  return {
    from: view.from ? zonedDayStart(view.from, timeZone) : undefined,
    to: view.to ? zonedDayStart(addDays(view.to, 1), timeZone) : undefined,
    method: view.method,
    type: view.type,
    customerId: view.customerId,
    createdById: view.createdById,
    q: view.q,
    page: view.page,
    pageSize: SALES_PAGE_SIZE,
  };
}

export function getSalesPage(merchantId: string, view: SalesView, timeZone: string): Promise<SalesPage> {
  return listSales(merchantId, salesFilterOf(view, timeZone));
}

export function getSalesCsv(merchantId: string, view: SalesView, timeZone: string): Promise<string> {
  return salesCsv(merchantId, salesFilterOf(view, timeZone));
}
