import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState, Skeleton } from "@/components/ui/card";
import { formatPaise } from "@/lib/money";
import { getDuesOverview } from "@/lib/queries/bills";
import { Badge } from "@/components/ui/badge";

/** Total due at the top, then one card per shop, most owed first. */
export async function DuesOverview({ userId }: { userId: string }) {
  const [d, t, locale] = await Promise.all([getDuesOverview(userId), getTranslations("bills"), getLocale()]);
  const money = (p: number) => formatPaise(p, locale);
  return (
    <div className="flex flex-col gap-4">
      {/* brand-700 under white: 7:1 for the big figure, 6.7:1 for the brand-50 labels, 5:1 in the white/15 note. */}
      <div className="rounded-xl bg-brand-700 p-4 text-white shadow-sm">
        <p className="text-sm text-brand-50">{t("totalDue")}</p>
        <p className="mt-1 text-3xl font-semibold tabular-nums" data-testid="bills-total-due">
          {money(d.totalDuePaise)}
        </p>
        <p className="mt-1 text-sm text-brand-50">
          {t("acrossShops", { count: d.shops.filter((s) => s.duePaise > 0).length })}
        </p>
        {d.pendingClaimPaise > 0 ? (
          <p className="mt-2 rounded-lg bg-white/15 px-3 py-2 text-sm">
            {t("pendingTotal", { amount: money(d.pendingClaimPaise) })}
          </p>
        ) : null}
      </div>
      {d.shops.length === 0 ? (
        <EmptyState title={t("noShops")}>{t("noShopsBody")}</EmptyState>
      ) : (
        <ul className="flex flex-col gap-3" aria-label={t("shopsList")}>
          {d.shops.map((s) => (
            <li key={s.customerId}>
              <Link
                href={`/customer/bills/${s.customerId}`}
                data-testid="shop-due"
                data-shop={s.shopName}
                data-due={s.duePaise}
                className="flex items-center justify-between gap-3 rounded-xl bg-white p-4 ring-1 ring-stone-200 hover:ring-2 hover:ring-brand-100"
              >
                <div className="min-w-0">
                  <p className="truncate font-semibold">{s.shopName}</p>
                  {s.city ? <p className="truncate text-sm text-stone-600">{s.city}</p> : null}
                  {s.pendingClaimPaise > 0 ? (
                    <p className="mt-1">
                      <Badge tone="amber">{t("pendingShort", { amount: money(s.pendingClaimPaise) })}</Badge>
                    </p>
                  ) : null}
                </div>
                <div className="shrink-0 text-right">
                  {s.duePaise > 0 ? (
                    <>
                      <p className="text-xs text-stone-600">{t("shopDue")}</p>
                      <p className="text-lg font-semibold tabular-nums text-red-700">{money(s.duePaise)}</p>
                    </>
                  ) : (
                    <Badge tone="green">
                      {s.duePaise < 0 ? t("advanceShort", { amount: money(-s.duePaise) }) : t("nothingDue")}
                    </Badge>
                  )}
                  <p className="mt-1 text-sm text-brand-700">{t("openShop")} →</p>
                </div>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function DuesOverviewSkeleton() {
  return (
    <div className="flex flex-col gap-4" aria-busy="true">
      <Skeleton className="h-28" />
      <Skeleton className="h-20" />
      <Skeleton className="h-20" />
    </div>
  );
}
