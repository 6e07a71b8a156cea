"use client";
// After a sale made with no network: saved on this device (the outbox write has committed),
// not yet in the shop's records. The total is the device's, from the last synced prices.
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { formatPaise } from "@/lib/money";
import type { ProvisionalSale } from "./use-pos-sale";

export function ProvisionalDone({ sale, onNewSale }: { sale: ProvisionalSale; onNewSale: () => void }) {
  const t = useTranslations("pos");
  const locale = useLocale();
  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-4" data-testid="pos-done" data-provisional="true">
      <h1 className="text-xl font-semibold text-amber-800" role="status" data-testid="pos-provisional">
        {t("offline.provisionalTitle")}
      </h1>
      <p className="rounded-lg bg-amber-50 px-4 py-2 text-amber-900 ring-1 ring-amber-200">
        {t("offline.provisionalBody")}
      </p>
      <Button
        type="button"
        size="lg"
        autoFocus
        className="min-h-16 text-xl"
        onClick={onNewSale}
        data-testid="pos-new-sale"
      >
        {t("done.newSale")}
      </Button>
      <dl className="flex flex-col gap-1 rounded-lg px-4 py-3 ring-1 ring-stone-200">
        <dt className="sr-only">{t("display.label")}</dt>
        <dd className="text-2xl font-semibold tabular-nums" data-testid="provisional-total">
          {t("offline.total", { amount: formatPaise(sale.totalPaise, locale) })}
        </dd>
        <dd data-testid="provisional-method">{t("offline.method", { method: t(`method.${sale.payload.method}`) })}</dd>
        <dd>{sale.customerName ? t("offline.customer", { name: sale.customerName }) : t("offline.guest")}</dd>
      </dl>
    </div>
  );
}
