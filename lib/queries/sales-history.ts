// Sales history: one filtered, paginated list with totals for the whole filter (in SQL),
// and the same filter as a CSV download.
import "server-only";
import type { PaymentMethod, TransactionType } from "@/lib/generated/prisma/enums";
import { db, type Db } from "@/lib/db";
import { reportsDb } from "@/lib/read-replica";
import { Prisma } from "@/lib/generated/prisma/client";
import { paiseToDecimalString } from "@/lib/money";
import { parseOrThrow } from "@/lib/validation/common";
import { salesFilter, type SalesFilter, type SalesFilterRaw } from "@/lib/validation/sale";
import { toCsv } from "@/lib/domain/csv";
import { DomainError } from "@/lib/domain/errors";

type Method = PaymentMethod;
type TxType = TransactionType;

export type SalesRow = {
  id: string;
  occurredAt: Date;
  type: TxType;
  method: Method;
  amountPaise: number;
  /** The customer's name, or "Walk-in". */
  customerName: string;
  customerId: string | null;
  /** Number of product lines; 0 for a keypad-only "Quick sale" (the keypad amount is not an item). */
  itemsCount: number;
  voided: boolean;
  /** The bill (or credit note) number; null for a sale from before bills. */
  billNumber: string | null;
};

export type SalesTotals = {
  /** Rows matching the filter (all pages). */
  count: number;
  /** SALE + CREDIT_SALE amounts, voided ones included. */
  grossPaise: number;
  voidedPaise: number;
  /** grossPaise - voidedPaise. */
  netPaise: number;
  /** Net sales by how they were paid. */
  byMethod: Record<Method, number>;
  /** PAYMENT rows in the filter (only when the type filter asks for them). */
  paymentsPaise: number;
};

export type SalesPage = {
  rows: SalesRow[];
  totals: SalesTotals;
  page: number;
  pageSize: number;
  hasMore: boolean;
  nextCursor: string | null;
};

export const WALK_IN = "Walk-in";
/** A keypad-only sale in exports: one bucket with the analytics' "Quick sale". */
export const QUICK_SALE = "Quick sale";

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function whereOf(merchantId: string, f: SalesFilter) {
  const parts = [Prisma.sql`t."merchantId" = ${merchantId}`];
  const q = f.q?.trim();
  // A search may find a credit note by its number, so returns join the sales then.
  parts.push(
    f.type
      ? Prisma.sql`t."type" = ${f.type}::"TransactionType"`
      : q
        ? Prisma.sql`t."type" IN ('SALE', 'CREDIT_SALE', 'RETURN')`
        : Prisma.sql`t."type" IN ('SALE', 'CREDIT_SALE')`,
  );
  if (f.method) parts.push(Prisma.sql`t."method" = ${f.method}::"PaymentMethod"`);
  if (f.customerId) parts.push(Prisma.sql`t."customerId" = ${f.customerId}`);
  if (f.createdById) parts.push(Prisma.sql`t."createdById" = ${f.createdById}`);
  if (f.from) parts.push(Prisma.sql`t."occurredAt" >= ${f.from}`);
  if (f.to) parts.push(Prisma.sql`t."occurredAt" < ${f.to}`);
  if (q) {
    // Customer name or phone, an item on the bill, its bill number, or the receipt id itself.
    const like = `%${likeEscape(q)}%`;
    const digits = q.replace(/\D/g, "");
    parts.push(Prisma.sql`(cu."name" ILIKE ${like}
      ${digits.length >= 3 ? Prisma.sql`OR cu."phone" LIKE ${`%${digits}%`}` : Prisma.empty}
      OR t."id" = ${q}
      OR EXISTS (SELECT 1 FROM "Bill" b WHERE b."transactionId" = t."id" AND b."number" ILIKE ${like})
      OR EXISTS (SELECT 1 FROM "TransactionItem" i WHERE i."transactionId" = t."id" AND i."name" ILIKE ${like}))`);
  }
  return Prisma.join(parts, " AND ");
}

type Cursor = { at: Date; id: string };
const encodeCursor = (r: SalesRow) =>
  Buffer.from(JSON.stringify([r.occurredAt.toISOString(), r.id])).toString("base64url");
function decodeCursor(s: string): Cursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(s, "base64url").toString("utf8")) as [string, string];
    const d = new Date(at);
    if (typeof id !== "string" || Number.isNaN(d.getTime())) throw new Error("bad cursor");
    return { at: d, id };
  } catch {
    throw new DomainError("invalid_input", "Invalid page cursor", { cursor: "cursor_invalid" });
  }
}

type RawRow = Omit<SalesRow, "customerName" | "itemsCount"> & { customerName: string | null; itemsCount: bigint };

/** Newest first; keyset after `cursor` when given, else OFFSET. Fetches limit + 1 to know if more follow. */
async function fetchRows(
  merchantId: string,
  f: SalesFilter,
  limit: number,
  cursor: Cursor | null,
  offset: number,
  client: Db = db,
) {
  const after = cursor ? Prisma.sql`AND (t."occurredAt", t."id") < (${cursor.at}, ${cursor.id})` : Prisma.empty;
  const rows = await client.$queryRaw<RawRow[]>`
    SELECT t."id", t."occurredAt", t."type"::text AS "type", t."method"::text AS "method", t."amountPaise",
           t."customerId", cu."name" AS "customerName",
           (SELECT COUNT(*) FROM "TransactionItem" i WHERE i."transactionId" = t."id" AND i."productId" IS NOT NULL) AS "itemsCount",
           (v."id" IS NOT NULL) AS "voided",
           (SELECT b."number" FROM "Bill" b WHERE b."transactionId" = t."id") AS "billNumber"
      FROM "Transaction" t
      LEFT JOIN "Customer" cu ON cu."id" = t."customerId"
      LEFT JOIN "Transaction" v ON v."voidsId" = t."id"
     WHERE ${whereOf(merchantId, f)} ${after}
     ORDER BY t."occurredAt" DESC, t."id" DESC
     LIMIT ${limit + 1} OFFSET ${offset}`;
  const hasMore = rows.length > limit;
  const page = rows
    .slice(0, limit)
    .map((r): SalesRow => ({ ...r, customerName: r.customerName ?? WALK_IN, itemsCount: Number(r.itemsCount) }));
  return { rows: page, hasMore };
}

async function fetchTotals(merchantId: string, f: SalesFilter): Promise<SalesTotals> {
  const live = Prisma.sql`t."type" IN ('SALE', 'CREDIT_SALE') AND v."id" IS NULL`;
  const [r] = await db.$queryRaw<Record<string, bigint | null>[]>`
    SELECT COUNT(*) AS "count",
           SUM(CASE WHEN t."type" IN ('SALE', 'CREDIT_SALE') THEN t."amountPaise" END) AS "gross",
           SUM(CASE WHEN t."type" IN ('SALE', 'CREDIT_SALE') AND v."id" IS NOT NULL THEN t."amountPaise" END) AS "voided",
           SUM(CASE WHEN ${live} AND t."method" = 'CASH' THEN t."amountPaise" END) AS "CASH",
           SUM(CASE WHEN ${live} AND t."method" = 'CARD' THEN t."amountPaise" END) AS "CARD",
           SUM(CASE WHEN ${live} AND t."method" = 'UPI' THEN t."amountPaise" END) AS "UPI",
           SUM(CASE WHEN ${live} AND t."method" = 'CREDIT' THEN t."amountPaise" END) AS "CREDIT",
           SUM(CASE WHEN t."type" = 'PAYMENT' THEN t."amountPaise" END) AS "payments"
      FROM "Transaction" t
      LEFT JOIN "Customer" cu ON cu."id" = t."customerId"
      LEFT JOIN "Transaction" v ON v."voidsId" = t."id"
     WHERE ${whereOf(merchantId, f)}`;
  const n = (k: string) => Number(r?.[k] ?? 0);
  return {
    count: n("count"),
    grossPaise: n("gross"),
    voidedPaise: n("voided"),
    netPaise: n("gross") - n("voided"),
    byMethod: { CASH: n("CASH"), CARD: n("CARD"), UPI: n("UPI"), CREDIT: n("CREDIT") },
    paymentsPaise: n("payments"),
  };
}

export async function listSales(merchantId: string, raw: SalesFilterRaw = {}): Promise<SalesPage> {
  const f = parseOrThrow(salesFilter, raw);
  const cursor = f.cursor ? decodeCursor(f.cursor) : null;
  const [{ rows, hasMore }, totals] = await Promise.all([
    fetchRows(merchantId, f, f.pageSize, cursor, cursor ? 0 : (f.page - 1) * f.pageSize),
    fetchTotals(merchantId, f),
  ]);
  return {
    rows,
    totals,
    page: f.page,
    pageSize: f.pageSize,
    hasMore,
    nextCursor: hasMore && rows.length ? encodeCursor(rows[rows.length - 1]) : null,
  };
}

const TYPE_LABEL: Record<TxType, string> = {
  SALE: "Sale",
  CREDIT_SALE: "Credit sale",
  PAYMENT: "Payment",
  VOID: "Void",
  RETURN: "Return",
};
const METHOD_LABEL: Record<Method, string> = { CASH: "Cash", CARD: "Card", UPI: "UPI", CREDIT: "Credit" };
export const SALES_CSV_HEADER = [
  "Date",
  "Time",
  "Receipt",
  "Type",
  "Method",
  "Customer",
  "Items",
  "Amount (INR)",
  "Voided",
  "Bill no.",
];
const CSV_BATCH = 1_000;

/**
 * Every row of the filter (paging fields ignored), newest first, dates and times in the
 * shop's time zone, amounts in rupees with 2 decimals. RFC 4180 quoting and the formula
 * guard come from ./csv; no BOM (the route adds one if it serves the file to Excel).
 */
export async function salesCsv(merchantId: string, raw: SalesFilterRaw = {}): Promise<string> {
  const f = parseOrThrow(salesFilter, { ...raw, cursor: undefined, page: 1 });
  const shop = await db.merchant.findUnique({ where: { id: merchantId }, select: { timeZone: true } });
  if (!shop) throw new DomainError("not_found", "Shop not found");
  // An export may be a few seconds old: it reads the replica when one is close enough behind.
  const reports = await reportsDb();
  const fmt = new Intl.DateTimeFormat("en-CA", {
    timeZone: shop.timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const out: string[][] = [];
  let cursor: Cursor | null = null;
  for (;;) {
    const { rows, hasMore } = await fetchRows(merchantId, f, CSV_BATCH, cursor, 0, reports);
    for (const r of rows) {
      const p = Object.fromEntries(fmt.formatToParts(r.occurredAt).map((x) => [x.type, x.value]));
      out.push([
        `${p.year}-${p.month}-${p.day}`,
        `${p.hour}:${p.minute}`,
        r.id,
        TYPE_LABEL[r.type],
        METHOD_LABEL[r.method],
        r.customerName,
        r.itemsCount > 0 ? String(r.itemsCount) : QUICK_SALE,
        paiseToDecimalString(r.amountPaise),
        r.voided ? "yes" : "no",
        r.billNumber ?? "",
      ]);
    }
    if (!hasMore || !rows.length) break;
    cursor = { at: rows[rows.length - 1].occurredAt, id: rows[rows.length - 1].id };
  }
  return toCsv(SALES_CSV_HEADER, out);
}
