import { useTranslations } from "next-intl";
import type { StockState } from "@/lib/domain/product-dto";

const tones: Record<StockState, string> = {
  out: "bg-red-50 text-red-800 ring-red-200",
  low: "bg-amber-50 text-amber-900 ring-amber-200",
  in_stock: "bg-green-50 text-green-800 ring-green-200",
};

/** "Out of stock" / "Low stock" next to a product (nothing when stock is fine). Not async, so server and client rows share it. */
export function StockBadge({ state, archived = false }: { state: StockState; archived?: boolean }) {
  const t = useTranslations("inventory.badges");
  return (
    <span className="inline-flex flex-wrap gap-1">
      {archived ? <span data-testid="archived-badge" className="rounded-full bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-700 ring-1 ring-stone-200">{t("archived")}</span> : null}
      {state === "in_stock" ? null : (
        <span data-testid="stock-badge" className={`whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${tones[state]}`}>{t(state)}</span>
      )}
    </span>
  );
}
