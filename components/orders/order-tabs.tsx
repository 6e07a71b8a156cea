import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ORDER_TABS, type OrderTab } from "@/lib/queries/orders";

/** Open (placed, accepted, ready) first: that is the work waiting. */
export async function OrderTabs({ active, openCount }: { active: OrderTab; openCount: number }) {
  const t = await getTranslations("orders.merchant.tabs");
  return (
    <nav aria-label={t("label")} className="flex flex-wrap gap-1 rounded-xl bg-white p-1 ring-1 ring-stone-200">
      {ORDER_TABS.map((tab) => (
        <Link
          key={tab}
          href={tab === "open" ? "/merchant/orders" : `/merchant/orders?tab=${tab}`}
          aria-current={tab === active ? "page" : undefined}
          className={`rounded-lg px-4 py-2 text-sm ${tab === active ? "bg-brand-600 font-semibold text-white" : "text-stone-700 hover:bg-stone-100"}`}
        >
          {t(tab)}
          {tab === "open" && openCount > 0 ? (
            <span
              data-testid="open-count"
              className="ml-1.5 rounded-full bg-white/90 px-1.5 text-xs font-bold text-brand-700 ring-1 ring-brand-100"
            >
              {openCount}
            </span>
          ) : null}
        </Link>
      ))}
    </nav>
  );
}
