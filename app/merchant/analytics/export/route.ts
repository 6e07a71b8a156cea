// GET /merchant/analytics/export?card=trend&period=30d (or &from=YYYY-MM-DD&to=YYYY-MM-DD):
// one analytics card's figures as CSV. Re-checks the merchant itself (a route handler is not
// behind the page's layout) and re-validates the period.
import { getTranslations } from "next-intl/server";
import type { CardId } from "@/components/analytics/analytics-card";
import { requirePermission } from "@/lib/auth/session";
import { resolvePeriod, type ResolvedPeriod } from "@/lib/domain/analytics-period";
import { DomainError } from "@/lib/domain/errors";
import { zonedDate } from "@/lib/time";
import { cardCsv, CARDS } from "./csv";

export const dynamic = "force-dynamic";

const plain = (status: number, body: string | null = null) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(request: Request) {
  let merchant: { id: string; timeZone: string };
  try {
    merchant = (await requirePermission("analytics_exports")).merchant;
  } catch (err) {
    if (err instanceof DomainError) return plain(err.code === "unauthorized" ? 401 : 403);
    throw err;
  }
  const q = new URL(request.url).searchParams;
  const card = q.get("card") as CardId | null;
  if (!card || !CARDS.includes(card)) return plain(400, "Unknown card");
  let period: ResolvedPeriod;
  try {
    period = resolvePeriod({ period: q.get("period"), from: q.get("from"), to: q.get("to") }, merchant.timeZone);
  } catch (err) {
    if (err instanceof DomainError) return plain(400, err.message);
    throw err;
  }
  const t = await getTranslations("analytics");
  const csv = await cardCsv(
    card,
    merchant.id,
    period,
    t as unknown as (k: string, v?: Record<string, string | number>) => string,
  );
  // Today, dues and stock are as of now; the other cards cover the period.
  const stamp = ["today", "dues", "stock"].includes(card)
    ? zonedDate(new Date(), merchant.timeZone)
    : `${period.fromDate}_${period.toDate}`;
  // A BOM so spreadsheet apps read UTF-8 (₹ and Hindi names), streamed as it is encoded.
  const body = new Blob([`\uFEFF${csv}`], { type: "text/csv; charset=utf-8" }).stream();
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="analytics-${card}-${stamp}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
