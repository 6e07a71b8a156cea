// Customer lists for the credit-tab screen and the POS picker, with each tab's due
// computed in SQL (one GROUP BY), never by loading ledger rows into JS.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseOrThrow } from "@/lib/validation/common";
import { customerListInput, type CustomerListInputRaw } from "@/lib/validation/sale";
import { writeAudit } from "@/lib/domain/audit";
import { DomainError, isUniqueViolation } from "@/lib/domain/errors";
import { customerQuickAdd } from "@/lib/validation/sale";
import { advanceOf, dueOf, shopTabBalances, TAB_BALANCE } from "@/lib/ledger-sql";

export type CustomerListRow = {
  id: string;
  name: string;
  phone: string | null;
  duePaise: number;
  lastActivityAt: Date | null;
  creditLimitPaise: number | null;
  /** A customer user has attached this tab to their account. */
  claimed: boolean;
};
export type CustomerListResult = {
  rows: CustomerListRow[];
  total: number;
  /** Each matching tab's due, added (a tab's advance never lowers another's due). */
  totalDuePaise: number;
  /** What the shop owes matching tabs that paid ahead, added apart. */
  totalAdvancePaise: number;
  page: number;
  pageSize: number;
};
export type CustomerPick = {
  id: string;
  name: string;
  phone: string | null;
  duePaise: number;
  creditLimitPaise: number | null;
};

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Name contains q, or (when q has 3+ digits) phone contains those digits. */
function searchCondition(q: string | undefined) {
  const text = q?.trim();
  if (!text) return Prisma.empty;
  const digits = text.replace(/\D/g, "");
  const byName = Prisma.sql`c."name" ILIKE ${`%${likeEscape(text)}%`}`;
  return digits.length >= 3
    ? Prisma.sql`AND (${byName} OR c."phone" LIKE ${`%${digits}%`})`
    : Prisma.sql`AND ${byName}`;
}

type ListRow = Omit<CustomerListRow, "duePaise"> & {
  due: bigint | null;
  total: bigint;
  totalDue: bigint | null;
  totalAdvance: bigint | null;
};
const b = Prisma.sql`b.balance`;

export async function listCustomers(merchantId: string, raw: CustomerListInputRaw = {}): Promise<CustomerListResult> {
  const f = parseOrThrow(customerListInput, raw);
  const order = {
    name: Prisma.sql`lower(c."name") ASC, c."id" ASC`,
    due: Prisma.sql`COALESCE(b.balance, 0) DESC, lower(c."name") ASC, c."id" ASC`,
    recent: Prisma.sql`b.last DESC NULLS LAST, lower(c."name") ASC, c."id" ASC`,
  }[f.sort];
  const where = Prisma.sql`c."merchantId" = ${merchantId} ${searchCondition(f.q)}`;
  const rows = await db.$queryRaw<ListRow[]>`
    SELECT c."id", c."name", c."phone", c."creditLimitPaise", (c."userId" IS NOT NULL) AS claimed,
           b.balance AS due, b.last AS "lastActivityAt", COUNT(*) OVER () AS total,
           SUM(${dueOf(b)}) OVER () AS "totalDue", SUM(${advanceOf(b)}) OVER () AS "totalAdvance"
      FROM "Customer" c LEFT JOIN ${shopTabBalances(merchantId)} b ON b."customerId" = c."id"
     WHERE ${where}
     ORDER BY ${order}
     LIMIT ${f.pageSize} OFFSET ${(f.page - 1) * f.pageSize}`;

  let total = Number(rows[0]?.total ?? 0);
  let totalDuePaise = Number(rows[0]?.totalDue ?? 0);
  let totalAdvancePaise = Number(rows[0]?.totalAdvance ?? 0);
  if (!rows.length && f.page > 1) {
    // Past the last page: the window totals are not there, so count the filter alone.
    const [c] = await db.$queryRaw<{ total: bigint; totalDue: bigint | null; totalAdvance: bigint | null }[]>`
      SELECT COUNT(*) AS total, SUM(${dueOf(b)}) AS "totalDue", SUM(${advanceOf(b)}) AS "totalAdvance"
        FROM "Customer" c LEFT JOIN ${shopTabBalances(merchantId)} b ON b."customerId" = c."id"
       WHERE ${where}`;
    total = Number(c.total);
    totalDuePaise = Number(c.totalDue ?? 0);
    totalAdvancePaise = Number(c.totalAdvance ?? 0);
  }
  return {
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      phone: r.phone,
      duePaise: Number(r.due ?? 0),
      lastActivityAt: r.lastActivityAt,
      creditLimitPaise: r.creditLimitPaise,
      claimed: r.claimed,
    })),
    total,
    totalDuePaise,
    totalAdvancePaise,
    page: f.page,
    pageSize: f.pageSize,
  };
}

/**
 * The POS customer picker: name prefix first, then a word in the name, then name or phone
 * contains. An empty query gives the most recently active customers.
 */
export async function searchCustomers(merchantId: string, q: string, limit = 8): Promise<CustomerPick[]> {
  const n = Math.min(Math.max(Math.trunc(limit) || 8, 1), 50);
  const text = q.trim().slice(0, 80);
  const esc = likeEscape(text);
  const rank = text
    ? Prisma.sql`CASE WHEN c."name" ILIKE ${`${esc}%`} THEN 0 WHEN c."name" ILIKE ${`% ${esc}%`} THEN 1 ELSE 2 END`
    : Prisma.sql`0`;
  const recent = text
    ? Prisma.sql`NULL::timestamp`
    : Prisma.sql`(SELECT MAX(t."occurredAt") FROM "Transaction" t WHERE t."merchantId" = ${merchantId} AND t."customerId" = c."id")`;
  const rows = await db.$queryRaw<(Omit<CustomerPick, "duePaise"> & { due: bigint | null })[]>`
    SELECT m."id", m."name", m."phone", m."creditLimitPaise", d.due
      FROM (SELECT c."id", c."name", c."phone", c."creditLimitPaise", ${rank} AS rank, ${recent} AS recent
              FROM "Customer" c
             WHERE c."merchantId" = ${merchantId} ${searchCondition(text)}
             ORDER BY rank, recent DESC NULLS LAST, lower(c."name"), c."id"
             LIMIT ${n}) m
      LEFT JOIN LATERAL (SELECT ${TAB_BALANCE} AS due FROM "Transaction" t
                          WHERE t."merchantId" = ${merchantId} AND t."customerId" = m."id") d ON true
     ORDER BY m.rank, m.recent DESC NULLS LAST, lower(m."name"), m."id"`;
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    phone: r.phone,
    creditLimitPaise: r.creditLimitPaise,
    duePaise: Number(r.due ?? 0),
  }));
}

/** Open a tab for a new person at this shop; one tab per phone (an existing one is pointed at). */
export async function addCustomer(
  merchantId: string,
  actorUserId: string,
  raw: unknown,
): Promise<{ id: string; name: string; phone: string | null }> {
  const input = parseOrThrow(customerQuickAdd, raw);
  try {
    return await db.$transaction(async (tx) => {
      const c = await tx.customer.create({
        data: { merchantId, name: input.name, phone: input.phone ?? null },
        select: { id: true, name: true, phone: true },
      });
      await writeAudit(tx, {
        actorId: actorUserId,
        actorRole: "MERCHANT",
        merchantId,
        action: "customer.create",
        entity: "Customer",
        entityId: c.id,
        after: { name: c.name, phone: c.phone },
      });
      return c;
    });
  } catch (err) {
    // One tab per phone at a shop (the unique index): point at the existing tab instead.
    if (input.phone && isUniqueViolation(err)) {
      const existing = await db.customer.findFirst({
        where: { merchantId, phone: input.phone },
        select: { id: true, name: true },
      });
      throw new DomainError(
        "duplicate",
        "A customer with this phone is already on the books",
        { phone: "customer_phone_taken" },
        existing ? { customerId: existing.id, name: existing.name } : undefined,
      );
    }
    throw err;
  }
}
