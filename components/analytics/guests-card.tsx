import { useTranslations } from "next-intl";
import type { GuestVsKnown } from "@/lib/queries/analytics";
import { AnalyticsCard, NoSales } from "./analytics-card";
import { BarList } from "./bar-list";

export function GuestsCard({ data, exportQuery }: { data: GuestVsKnown; exportQuery: string }) {
  const t = useTranslations("analytics");
  const total = data.guest.amountPaise + data.known.amountPaise;
  return (
    <AnalyticsCard id="guests" exportQuery={exportQuery}>
      {data.guest.count + data.known.count === 0 ? (
        <NoSales />
      ) : (
        <BarList
          totalPaise={total}
          rows={[
            {
              key: "guest",
              label: t("guests.guest"),
              amountPaise: data.guest.amountPaise,
              sub: t("salesCount", { count: data.guest.count }),
            },
            {
              key: "known",
              label: t("guests.known"),
              amountPaise: data.known.amountPaise,
              sub: `${t("salesCount", { count: data.known.count })} · ${t("guests.knownCount", { count: data.known.customers })}`,
            },
          ]}
        />
      )}
    </AnalyticsCard>
  );
}
