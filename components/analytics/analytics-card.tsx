import { useTranslations } from "next-intl";
import { Skeleton } from "@/components/ui/card";

export type CardId =
  "today" | "trend" | "methods" | "categories" | "customers" | "products" | "guests" | "growth" | "dues" | "stock";

/** One bento cell: a titled section with its own CSV download. */
export function AnalyticsCard({
  id,
  exportQuery,
  className = "",
  children,
}: {
  id: CardId;
  exportQuery?: string;
  className?: string;
  children: React.ReactNode;
}) {
  const t = useTranslations("analytics");
  const title = t(`cards.${id}`);
  const params = new URLSearchParams(exportQuery);
  params.set("card", id);
  return (
    <section
      aria-labelledby={`card-${id}-title`}
      data-testid={`card-${id}`}
      className={`flex h-full flex-col gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-stone-200 ${className}`}
    >
      <header className="flex items-start justify-between gap-3">
        <h2 id={`card-${id}-title`} className="font-semibold text-stone-800">
          {title}
        </h2>
        <a
          href={`/merchant/analytics/export?${params}`}
          download
          aria-label={t("exportCsvLabel", { card: title })}
          className="shrink-0 rounded-md px-2 py-1 text-xs font-medium text-brand-700 ring-1 ring-stone-300 hover:bg-stone-100"
        >
          {t("exportCsv")}
        </a>
      </header>
      {children}
    </section>
  );
}

/** What a card shows while its query runs: the title is already there. */
export function CardSkeleton({ id, tall = false }: { id: CardId; tall?: boolean }) {
  const t = useTranslations("analytics");
  return (
    <section
      aria-busy="true"
      aria-labelledby={`card-${id}-title`}
      className="flex h-full flex-col gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-stone-200"
    >
      <h2 id={`card-${id}-title`} className="font-semibold text-stone-800">
        {t(`cards.${id}`)}
      </h2>
      <Skeleton className="h-8 w-1/2" />
      <Skeleton className={tall ? "h-48" : "h-16"} />
    </section>
  );
}

/** A card whose query failed: the rest of the page stays usable. */
export function CardError({ id }: { id: CardId }) {
  const t = useTranslations("analytics");
  return (
    <section
      role="alert"
      aria-labelledby={`card-${id}-title`}
      className="flex h-full flex-col gap-2 rounded-xl bg-white p-4 ring-1 ring-red-200"
    >
      <h2 id={`card-${id}-title`} className="font-semibold text-stone-800">
        {t(`cards.${id}`)}
      </h2>
      <p className="text-sm text-red-700">{t("loadError")}</p>
    </section>
  );
}

export function NoSales() {
  const t = useTranslations("analytics");
  return (
    <div className="flex flex-1 flex-col items-center justify-center rounded-lg border border-dashed border-stone-300 p-6 text-center">
      <p className="font-medium text-stone-800">{t("noSales")}</p>
      <p className="mt-1 text-sm text-stone-600">{t("noSalesHint")}</p>
    </div>
  );
}
