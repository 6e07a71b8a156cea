"use client";
// On the shop's tab page: the customer asked for their tab to be deleted. One tap carries it
// out: anonymised when the tab has bills (they are kept by law), deleted when it has none.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { carryOutDeletionAction } from "@/app/merchant/customers/[id]/deletion-actions";
import { Button } from "@/components/ui/button";

export function CarryOutDeletion({ requestId, hasBills }: { requestId: string; hasBills: boolean }) {
  const t = useTranslations("customers.deletion");
  const router = useRouter();
  const [error, setError] = useState(false);
  const [pending, start] = useTransition();
  const run = () =>
    start(async () => {
      const res = await carryOutDeletionAction({ requestId }).catch(() => null);
      if (!res?.ok) return setError(true);
      router.push(res.outcome === "deleted" ? "/merchant/customers" : `/merchant/customers/${res.customerId}`);
      router.refresh();
    });
  return (
    <div
      role="status"
      className="flex flex-col gap-2 rounded-xl bg-amber-50 p-4 text-amber-950 ring-1 ring-amber-200"
      data-testid="deletion-request"
    >
      <p className="font-medium">{t("asked")}</p>
      <p className="text-sm">{hasBills ? t("willAnonymise") : t("willDelete")}</p>
      <div>
        <Button type="button" variant="danger" size="sm" onClick={run} disabled={pending}>
          {hasBills ? t("anonymise") : t("delete")}
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-800">
          {t("error")}
        </p>
      ) : null}
    </div>
  );
}
