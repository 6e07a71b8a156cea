// Reads for the credit-tab screens (khata). The rules (dues, FIFO) live in lib/domain; this
// file turns URL input into their arguments and adds what only the screens need (disputes).
import "server-only";
import { db } from "@/lib/db";
import { firstParam as first, isEntityId, type SearchParams } from "@/lib/url-params";
import { DomainError } from "@/lib/domain/errors";
import { customerStatement, listCustomers, type CustomerListResult, type Statement } from "@/lib/domain/ledger";
import { customerListInput, type CustomerListInput } from "@/lib/validation/sale";

export type CustomerSort = CustomerListInput["sort"];
export type CustomerListFilter = { q?: string; sort: CustomerSort; page: number };

export const CUSTOMER_PAGE_SIZE = 25;

/**
 * The list's filter from the URL. A hand-edited or stale URL (sort=foo, page=-1) falls
 * back to the defaults instead of failing the page. Sorted by due by default: the first
 * question at the counter is "who owes me most".
 */
export function customerFilterFrom(params: SearchParams): CustomerListFilter {
  const raw = { q: first(params.q), sort: first(params.sort) || "due", page: first(params.page) };
  const r = customerListInput.safeParse(raw);
  if (r.success) return { q: r.data.q, sort: r.data.sort, page: r.data.page };
  const q = customerListInput.shape.q.safeParse(raw.q);
  return { q: q.success ? q.data : undefined, sort: "due", page: 1 };
}

/** One page of the list, plus the whole shop's dues and advances (the headline, whatever the search). */
export async function getCustomerList(
  merchantId: string,
  f: CustomerListFilter,
): Promise<CustomerListResult & { shopDuePaise: number; shopAdvancePaise: number }> {
  const [page, all] = await Promise.all([
    listCustomers(merchantId, { ...f, pageSize: CUSTOMER_PAGE_SIZE }),
    f.q ? listCustomers(merchantId, { pageSize: 1 }) : null,
  ]);
  const shop = all ?? page;
  return { ...page, shopDuePaise: shop.totalDuePaise, shopAdvancePaise: shop.totalAdvancePaise };
}

export type EntryDispute = {
  id: string;
  transactionId: string;
  note: string;
  createdAt: Date;
  resolvedAt: Date | null;
  byName: string;
};
export type CustomerPageData = Statement & { disputes: Record<string, EntryDispute[]> };

/** The statement with each entry's disputes; null for an unknown id or another shop's customer. */
export async function getCustomerPage(merchantId: string, customerId: string): Promise<CustomerPageData | null> {
  if (!isEntityId(customerId)) return null;
  let statement: Statement;
  try {
    statement = await customerStatement(merchantId, customerId);
  } catch (err) {
    if (err instanceof DomainError && err.code === "not_found") return null;
    throw err;
  }
  const ids = statement.entries.map((e) => e.id);
  const rows = ids.length
    ? await db.dispute.findMany({
        where: { merchantId, transactionId: { in: ids } },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          transactionId: true,
          note: true,
          createdAt: true,
          resolvedAt: true,
          user: { select: { name: true } },
        },
      })
    : [];
  const disputes: Record<string, EntryDispute[]> = {};
  for (const d of rows) {
    (disputes[d.transactionId] ??= []).push({
      id: d.id,
      transactionId: d.transactionId,
      note: d.note,
      createdAt: d.createdAt,
      resolvedAt: d.resolvedAt,
      byName: d.user.name,
    });
  }
  return { ...statement, disputes };
}

/** The customer user who claimed this tab (their phone hears live events), if any. */
export async function customerUserIdOf(merchantId: string, customerId: string | null): Promise<string | null> {
  if (!customerId) return null;
  const c = await db.customer.findFirst({ where: { id: customerId, merchantId }, select: { userId: true } });
  return c?.userId ?? null;
}

/** Name of the customer a sales filter is narrowed to (shown as a removable chip). */
export async function customerNameOf(merchantId: string, customerId: string): Promise<string | null> {
  if (!isEntityId(customerId)) return null;
  const c = await db.customer.findFirst({ where: { id: customerId, merchantId }, select: { name: true } });
  return c?.name ?? null;
}
