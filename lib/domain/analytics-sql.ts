// SQL building blocks shared by the analytics queries (lib/domain/analytics*.ts).
import { Prisma } from "@/lib/generated/prisma/client";

/** SUM and COUNT come back as bigint: paise sums stay far below 2^53. */
export const num = (v: bigint | number | null | undefined) => Number(v ?? 0);

/** The shop-local calendar date of a ledger timestamp (stored as UTC without a zone). */
export const localDay = (tz: string) => Prisma.sql`(t."occurredAt" AT TIME ZONE 'UTC' AT TIME ZONE ${tz})::date`;

/**
 * The sale t has no VOID. NOT IN over the shop's voids (a small share of the ledger) runs as
 * one hashed lookup per row: it keeps the index order of the scan (no sort before a window
 * or merge) where NOT EXISTS tends to plan a sort-and-merge anti join.
 */
export const notVoided = (merchantId: string) => Prisma.sql`t."id" NOT IN (
  SELECT v."voidsId" FROM "Transaction" v WHERE v."merchantId" = ${merchantId} AND v."type" = 'VOID' AND v."voidsId" IS NOT NULL)`;

/** FROM/WHERE of the live (not voided) sales of a shop in [from, to). Alias t. */
export const liveSales = (merchantId: string, from: Date, to: Date) => Prisma.sql`
  "Transaction" t
  WHERE t."merchantId" = ${merchantId} AND t."type" IN ('SALE', 'CREDIT_SALE')
    AND t."occurredAt" >= ${from} AND t."occurredAt" < ${to}
    AND ${notVoided(merchantId)}`;
