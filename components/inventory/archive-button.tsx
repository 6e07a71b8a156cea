"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setArchivedAction } from "@/app/merchant/inventory/actions";
import { Button } from "@/components/ui/button";
import { inventoryFailure } from "./failure";

/** Archive (hide from sale and lists, keep its history) or restore. */
export function ArchiveButton({ productId, archived }: { productId: string; archived: boolean }) {
  const t = useTranslations("inventory.detail");
  const te = useTranslations("inventory.errors");
  const tv = useTranslations("validation");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const toggle = () => {
    if (!archived && !window.confirm(t("archiveConfirm"))) return;
    setError(null);
    start(async () => {
      try {
        const res = await setArchivedAction(productId, !archived);
        if (!res.ok) return setError(inventoryFailure(te, tv, res).message);
        router.refresh();
      } catch {
        setError(te("generic"));
      }
    });
  };

  return (
    <div className="flex flex-col items-start gap-1">
      <Button type="button" variant={archived ? "primary" : "secondary"} disabled={pending} onClick={toggle}>
        {archived ? t("restore") : t("archive")}
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
