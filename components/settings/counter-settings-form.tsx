"use client";
// Selling past recorded stock, and the scale's barcode format.
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { saveCounterSettingsAction } from "@/app/merchant/settings/counter-actions";
import { Button } from "@/components/ui/button";

export function CounterSettingsForm({ initial }: { initial: { sellPastStock: boolean; scaleBarcode: string } }) {
  const t = useTranslations("settings.counter");
  const [status, setStatus] = useState<"saved" | "failed" | null>(null);
  const [pending, start] = useTransition();
  return (
    <form
      className="flex flex-col gap-4 rounded-xl bg-white p-4 ring-1 ring-stone-200"
      action={(f) =>
        start(async () => {
          const r = await saveCounterSettingsAction(f);
          setStatus(r.ok ? "saved" : "failed");
        })
      }
    >
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <label className="flex min-h-11 items-start gap-3">
        <input type="checkbox" name="sellPastStock" defaultChecked={initial.sellPastStock} className="mt-1 h-6 w-6" />
        <span>
          <span className="block font-medium">{t("sellPastStock")}</span>
          <span className="block text-sm text-stone-600">{t("sellPastStockHint")}</span>
        </span>
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t("scaleBarcode")}</span>
        <select
          name="scaleBarcode"
          defaultValue={initial.scaleBarcode}
          className="min-h-11 rounded-lg border border-stone-300 bg-white px-3"
        >
          <option value="WEIGHT">{t("scale.WEIGHT")}</option>
          <option value="PRICE">{t("scale.PRICE")}</option>
          <option value="OFF">{t("scale.OFF")}</option>
        </select>
        <span className="text-sm text-stone-600">{t("scaleHint")}</span>
      </label>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
        {status ? (
          <p role="status" className={status === "saved" ? "text-green-800" : "text-red-700"}>
            {t(status)}
          </p>
        ) : null}
      </div>
    </form>
  );
}
