import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { StockState } from "@/lib/domain/product-dto";

const TONE = { out: "red", low: "amber" } as const;

/** "Out of stock" / "Low stock" next to a product (nothing when stock is fine). Not async, so server and client rows share it. */
export function StockBadge({ state, archived = false }: { state: StockState; archived?: boolean }) {
  const t = useTranslations("inventory.badges");
  return (
    <span className="inline-flex flex-wrap gap-1">
      {archived ? (
        <Badge tone="stone" testId="archived-badge">
          {t("archived")}
        </Badge>
      ) : null}
      {state === "in_stock" ? null : (
        <Badge tone={TONE[state]} testId="stock-badge">
          {t(state)}
        </Badge>
      )}
    </span>
  );
}
