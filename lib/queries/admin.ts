// Admin console reads: every list is one page of 25 with explicit selects (never passwordHash).
// Big append-only tables (ledger, audit) page with "is there more" instead of a full count.
import "server-only";
import { db } from "@/lib/db";
import { auditSubjects } from "@/lib/queries/audit-subjects";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays, DEFAULT_TZ, zonedDayStart } from "@/lib/time";
import { OPEN_ORDER_STATUSES, TAB_BALANCE } from "@/lib/ledger-sql";
import {
  ADMIN_PAGE_SIZE as SIZE,
  KNOWN_AUDIT_ACTIONS,
  type AuditListFilter,
  type GuestListFilter,
  type MerchantListFilter,
  type OrderListFilter,
  type TransactionListFilter,
  type UserListFilter,
} from "@/lib/validation/admin";

export type Paged<T> = { rows: T[]; page: number; pageSize: number; hasMore: boolean; total?: number };
const ci = (q: string) => ({ contains: q, mode: "insensitive" as const });
/** The digits of a query that looks like a phone number ("98765 43210", "+91-98765"); null
 * otherwise, so the digits inside an email or a name never match someone's phone. */
const digitsOf = (q: string) => {
  if (!/^[\d\s+()-]+$/.test(q)) return null;
  const d = q.replace(/\D/g, "");
  return d.length >= 3 ? d : null;
};

/** A YYYY-MM-DD range in IST (the console spans shops; India is one zone) -> an instant range. */
function dayRange(from?: string, to?: string) {
  if (!from && !to) return undefined;
  return {
    ...(from ? { gte: zonedDayStart(from, DEFAULT_TZ) } : {}),
    ...(to ? { lt: zonedDayStart(addDays(to, 1), DEFAULT_TZ) } : {}),
  };
}

type Window = { skip: number; take: number };
/**
 * One page of a list: `rows` reads the window it is given. With `total` the pager shows a
 * count; without, one extra row says whether a next page exists (big append-only tables).
 */
async function pageOf<T>(page: number, rows: (w: Window) => Promise<T[]>, total?: Promise<number>): Promise<Paged<T>> {
  const skip = (page - 1) * SIZE;
  if (!total) {
    const r = await rows({ skip, take: SIZE + 1 });
    return { rows: r.slice(0, SIZE), page, pageSize: SIZE, hasMore: r.length > SIZE };
  }
  const [n, r] = await Promise.all([total, rows({ skip, take: SIZE })]);
  return { rows: r, page, pageSize: SIZE, total: n, hasMore: page * SIZE < n };
}

/** A free-text search: the text matches, and phone matches when the query looks like a phone number. */
function search<W>(q: string | undefined, text: (q: string) => W[], phone: (digits: string) => W[] = () => []) {
  if (!q) return {};
  const d = digitsOf(q);
  return { OR: [...text(q), ...(d ? phone(d) : [])] };
}

const accountSelect = { id: true, name: true, email: true, phone: true, disabledAt: true, createdAt: true } as const;
const statusWhere = (s?: "active" | "disabled") =>
  s === "active" ? { disabledAt: null } : s === "disabled" ? { disabledAt: { not: null } } : {};

export async function listMerchants(f: MerchantListFilter) {
  const where: Prisma.MerchantWhereInput = {
    ...(f.status ? { user: statusWhere(f.status) } : {}),
    ...search<Prisma.MerchantWhereInput>(
      f.q,
      (q) => [{ shopName: ci(q) }, { ownerName: ci(q) }, { city: ci(q) }, { user: { email: ci(q) } }],
      (d) => [{ phone: { contains: d } }, { user: { phone: { contains: d } } }],
    ),
  };
  return pageOf(
    f.page,
    (w) =>
      db.merchant.findMany({
        where,
        orderBy: [{ shopName: "asc" }, { id: "asc" }],
        ...w,
        select: {
          id: true,
          shopName: true,
          ownerName: true,
          city: true,
          state: true,
          createdAt: true,
          user: { select: accountSelect },
        },
      }),
    db.merchant.count({ where }),
  );
}

export async function getMerchantDetail(id: string) {
  const m = await db.merchant.findUnique({
    where: { id },
    select: {
      id: true,
      shopName: true,
      ownerName: true,
      phone: true,
      addressLine: true,
      area: true,
      city: true,
      state: true,
      pinCode: true,
      gstin: true,
      businessType: true,
      upiId: true,
      timeZone: true,
      createdAt: true,
      user: { select: accountSelect },
      _count: { select: { customers: true, products: true, orders: true, transactions: true } },
    },
  });
  if (!m) return null;
  const recent = await db.transaction.findMany({
    where: { merchantId: id },
    orderBy: { occurredAt: "desc" },
    take: 10,
    select: {
      id: true,
      type: true,
      method: true,
      amountPaise: true,
      occurredAt: true,
      customer: { select: { name: true } },
    },
  });
  return { ...m, recent };
}

export async function listCustomerUsers(f: UserListFilter) {
  const where: Prisma.UserWhereInput = {
    role: "CUSTOMER",
    ...statusWhere(f.status),
    ...search<Prisma.UserWhereInput>(
      f.q,
      (q) => [{ name: ci(q) }, { email: ci(q) }],
      (d) => [{ phone: { contains: d } }],
    ),
  };
  return pageOf(
    f.page,
    (w) =>
      db.user.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...w,
        select: { ...accountSelect, _count: { select: { customers: true, orders: true } } },
      }),
    db.user.count({ where }),
  );
}

export async function getCustomerUserDetail(id: string) {
  const user = await db.user.findFirst({
    where: { id, role: "CUSTOMER" },
    select: {
      ...accountSelect,
      address: true,
      locale: true,
      updatedAt: true,
      _count: { select: { apiTokens: { where: { revokedAt: null } } } },
    },
  });
  if (!user) return null;
  const [tabs, orders] = await Promise.all([
    db.customer.findMany({
      where: { userId: id },
      orderBy: { createdAt: "asc" },
      take: 100,
      select: { id: true, name: true, merchant: { select: { id: true, shopName: true } } },
    }),
    db.order.findMany({
      where: { userId: id },
      orderBy: { placedAt: "desc" },
      take: 10,
      select: { id: true, status: true, totalPaise: true, placedAt: true, merchant: { select: { shopName: true } } },
    }),
  ]);
  // Each tab's due (credit sales - payments - credit voids), summed in SQL.
  const dues = tabs.length
    ? await db.$queryRaw<{ customerId: string; due: bigint }[]>`
    select t."customerId", coalesce(${TAB_BALANCE}, 0) as due
    from "Transaction" t where t."customerId" = any(${tabs.map((t) => t.id)}) group by t."customerId"`
    : [];
  const due = new Map(dues.map((d) => [d.customerId, Number(d.due)]));
  return { user, tabs: tabs.map((t) => ({ ...t, duePaise: due.get(t.id) ?? 0 })), orders };
}

/** The shop of a shop owner's account (their account page is the shop's page). */
export async function shopIdOfUser(userId: string) {
  return (await db.merchant.findUnique({ where: { userId }, select: { id: true } }))?.id ?? null;
}

export async function listGuests(f: GuestListFilter) {
  const where: Prisma.GuestUserWhereInput = {
    ...(f.shop ? { merchantId: f.shop } : {}),
    ...(f.q ? { OR: [{ label: ci(f.q) }, { id: f.q }] } : {}),
  };
  const page = await pageOf(
    f.page,
    (w) =>
      db.guestUser.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...w,
        select: { id: true, label: true, createdAt: true, merchant: { select: { id: true, shopName: true } } },
      }),
    db.guestUser.count({ where }),
  );
  const sums = await db.transaction.groupBy({
    by: ["guestId"],
    where: { guestId: { in: page.rows.map((g) => g.id) }, type: { in: ["SALE", "CREDIT_SALE"] } },
    _sum: { amountPaise: true },
    _count: true,
  });
  const by = new Map(sums.map((s) => [s.guestId, { totalPaise: s._sum.amountPaise ?? 0, count: s._count }]));
  return { ...page, rows: page.rows.map((g) => ({ ...g, ...(by.get(g.id) ?? { totalPaise: 0, count: 0 }) })) };
}

export async function listTransactions(f: TransactionListFilter) {
  const where: Prisma.TransactionWhereInput = {
    ...(f.shop ? { merchantId: f.shop } : {}),
    ...(f.guest ? { guestId: f.guest } : {}),
    ...(f.type ? { type: f.type } : {}),
    ...(f.method ? { method: f.method } : {}),
    ...(dayRange(f.from, f.to) ? { occurredAt: dayRange(f.from, f.to) } : {}),
    ...search<Prisma.TransactionWhereInput>(
      f.q,
      (q) => [{ id: q }, { clientId: q }, { customer: { name: ci(q) } }],
      (d) => [{ customer: { phone: { contains: d } } }],
    ),
  };
  return pageOf(f.page, (w) =>
    db.transaction.findMany({
      where,
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      ...w,
      select: {
        id: true,
        type: true,
        method: true,
        amountPaise: true,
        occurredAt: true,
        merchant: { select: { id: true, shopName: true } },
        customer: { select: { name: true } },
        guest: { select: { label: true } },
        voidedBy: { select: { id: true } },
      },
    }),
  );
}

export async function getTransactionDetail(id: string) {
  const t = await db.transaction.findUnique({
    where: { id },
    select: {
      id: true,
      type: true,
      method: true,
      amountPaise: true,
      occurredAt: true,
      createdAt: true,
      clientId: true,
      note: true,
      stockException: true,
      overLimit: true,
      createdById: true,
      merchant: { select: { id: true, shopName: true, timeZone: true } },
      customer: { select: { id: true, name: true, phone: true, userId: true } },
      guest: { select: { id: true, label: true } },
      voids: { select: { id: true, type: true, amountPaise: true, occurredAt: true } },
      voidedBy: { select: { id: true, occurredAt: true, note: true } },
      order: { select: { id: true, status: true } },
      items: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          name: true,
          category: true,
          unitPricePaise: true,
          quantityMilli: true,
          unit: true,
          lineTotalPaise: true,
        },
      },
    },
  });
  if (!t) return null;
  const createdBy = t.createdById
    ? await db.user.findUnique({ where: { id: t.createdById }, select: { id: true, name: true } })
    : null;
  return { ...t, createdBy };
}

export async function listOrders(f: OrderListFilter) {
  const where: Prisma.OrderWhereInput = {
    ...(f.shop ? { merchantId: f.shop } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...search<Prisma.OrderWhereInput>(
      f.q,
      (q) => [{ id: q }, { customer: { name: ci(q) } }, { user: { email: ci(q) } }],
      (d) => [{ user: { phone: { contains: d } } }],
    ),
  };
  return pageOf(
    f.page,
    (w) =>
      db.order.findMany({
        where,
        orderBy: [{ placedAt: "desc" }, { id: "desc" }],
        ...w,
        select: {
          id: true,
          status: true,
          paymentMethod: true,
          totalPaise: true,
          placedAt: true,
          merchant: { select: { id: true, shopName: true } },
          customer: { select: { name: true } },
          _count: { select: { items: true } },
        },
      }),
    db.order.count({ where }),
  );
}

export async function getOrderDetail(id: string) {
  return db.order.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      paymentMethod: true,
      totalPaise: true,
      clientId: true,
      note: true,
      cancelReason: true,
      placedAt: true,
      acceptedAt: true,
      readyAt: true,
      completedAt: true,
      cancelledAt: true,
      merchant: { select: { id: true, shopName: true, timeZone: true } },
      customer: { select: { id: true, name: true, phone: true } },
      user: { select: { id: true, name: true, email: true, phone: true } },
      transaction: { select: { id: true, type: true } },
      items: {
        orderBy: { id: "asc" },
        select: { id: true, name: true, unitPricePaise: true, quantityMilli: true, unit: true, lineTotalPaise: true },
      },
    },
  });
}

const auditSelect = {
  id: true,
  actorId: true,
  actorRole: true,
  merchantId: true,
  action: true,
  entity: true,
  entityId: true,
  before: true,
  after: true,
  createdAt: true,
} as const;
type AuditRow = Prisma.AuditLogGetPayload<{ select: typeof auditSelect }>;

/** Who did it and in which shop, looked up for one page of rows at once. */
async function withNames(rows: AuditRow[]) {
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((x): x is string => !!x))];
  const shopIds = [...new Set(rows.map((r) => r.merchantId).filter((x): x is string => !!x))];
  const [actors, shops, subjects] = await Promise.all([
    actorIds.length
      ? db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } })
      : [],
    shopIds.length
      ? db.merchant.findMany({ where: { id: { in: shopIds } }, select: { id: true, shopName: true, timeZone: true } })
      : [],
    auditSubjects(rows),
  ]);
  const a = new Map(actors.map((x) => [x.id, x])),
    s = new Map(shops.map((x) => [x.id, x]));
  return rows.map((r) => {
    const shop = r.merchantId ? s.get(r.merchantId) : undefined;
    return {
      ...r,
      actor: r.actorId ? (a.get(r.actorId) ?? null) : null,
      shopName: shop?.shopName ?? null,
      /** The account or record the entry touched, by name. */
      subject: r.entityId ? (subjects.get(`${r.entity}:${r.entityId}`) ?? null) : null,
      /** Times are shown in the shop's zone (the console's default outside a shop). */
      timeZone: shop?.timeZone ?? DEFAULT_TZ,
    };
  });
}
export type AuditView = Awaited<ReturnType<typeof withNames>>[number];

export async function listAudit(f: AuditListFilter): Promise<Paged<AuditView>> {
  let actorIds: string[] | undefined;
  if (f.actor) {
    const q = f.actor;
    const people = await db.user.findMany({
      where: search<Prisma.UserWhereInput>(
        q,
        (q) => [{ id: q }, { name: ci(q) }, { email: ci(q) }],
        (d) => [{ phone: { contains: d } }],
      ),
      select: { id: true },
      take: 200,
    });
    actorIds = people.map((p) => p.id);
  }
  const where: Prisma.AuditLogWhereInput = {
    // A known action matches exactly (the action index); a fragment like "admin." matches as a prefix.
    ...(f.action
      ? { action: (KNOWN_AUDIT_ACTIONS as readonly string[]).includes(f.action) ? f.action : { startsWith: f.action } }
      : {}),
    ...(actorIds ? { actorId: { in: actorIds } } : {}),
    ...(f.role ? { actorRole: f.role } : {}),
    ...(f.shop ? { merchantId: f.shop } : {}),
    ...(dayRange(f.from, f.to) ? { createdAt: dayRange(f.from, f.to) } : {}),
  };
  const page = await pageOf(f.page, (w) =>
    db.auditLog.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...w, select: auditSelect }),
  );
  return { ...page, rows: await withNames(page.rows) };
}

export async function recentAudit(limit = 8) {
  return withNames(
    await db.auditLog.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit, select: auditSelect }),
  );
}

/** Shops for the filter pickers, by name (the shopName index). */
export function shopOptions() {
  return db.merchant.findMany({
    orderBy: [{ shopName: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, shopName: true },
  });
}

/** Overview figures the merchant-facing home query does not have. */
export async function adminOverviewExtras() {
  const [disabled, openOrders, audit24h] = await Promise.all([
    db.user.count({ where: { disabledAt: { not: null } } }),
    db.order.count({ where: { status: { in: [...OPEN_ORDER_STATUSES] } } }),
    db.auditLog.count({ where: { createdAt: { gte: new Date(Date.now() - 86_400_000) } } }),
  ]);
  return { disabled, openOrders, audit24h };
}
