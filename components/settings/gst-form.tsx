"use client";
import { useTranslations } from "next-intl";
import { saveShopGstAction } from "@/app/merchant/settings/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { GST_STATES } from "@/lib/gst/states";
import { GST_STATUSES, RECEIPT_LAYOUTS } from "@/lib/validation/shop-gst";
import { SelectField } from "./form-fields";
import { FormStatus } from "./form-status";
import { useSettingsForm } from "./use-settings-form";

export type GstValues = {
  gstStatus: (typeof GST_STATUSES)[number];
  gstin: string | null;
  stateCode: string | null;
  billPrefix: string | null;
  gstRatesBp: number[];
  roundOff: boolean;
  receiptLayout: (typeof RECEIPT_LAYOUTS)[number];
  receiptLocale: string | null;
};

/** GST registration and how bills look: status, state, bill number prefix, rates, layout. */
export function GstForm({ initial }: { initial: GstValues }) {
  const t = useTranslations("gst.settings");
  const tc = useTranslations("common");
  const { pending, status, err, submitTo } = useSettingsForm();

  return (
    <Card className="p-5">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm text-stone-600">{t("intro")}</p>
      <form
        onSubmit={submitTo(saveShopGstAction)}
        noValidate
        className="mt-4 grid gap-4 sm:grid-cols-2"
        aria-busy={pending}
      >
        <SelectField name="gstStatus" label={t("status")} defaultValue={initial.gstStatus} error={err("gstStatus")}>
          {GST_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          name="stateCode"
          label={t("state")}
          defaultValue={initial.stateCode ?? ""}
          error={err("stateCode") ?? err("gstin")}
          hint={initial.gstin ? t("gstinIs", { gstin: initial.gstin }) : t("gstinInProfile")}
        >
          <option value="">—</option>
          {Object.entries(GST_STATES).map(([code, name]) => (
            <option key={code} value={code}>
              {code} · {name}
            </option>
          ))}
        </SelectField>
        <Field
          name="billPrefix"
          label={t("billPrefix")}
          defaultValue={initial.billPrefix ?? ""}
          error={err("billPrefix")}
          hint={t("billPrefixHint")}
          maxLength={3}
        />
        <Field
          name="gstRates"
          label={t("rates")}
          defaultValue={initial.gstRatesBp.map((bp) => bp / 100).join(", ")}
          error={err("gstRates")}
          hint={t("ratesHint")}
          inputMode="decimal"
        />
        <SelectField
          name="receiptLayout"
          label={t("layout")}
          defaultValue={initial.receiptLayout}
          error={err("receiptLayout")}
        >
          {RECEIPT_LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {t(`layouts.${l}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          name="receiptLocale"
          label={t("billLanguage")}
          defaultValue={initial.receiptLocale ?? ""}
          error={err("receiptLocale")}
        >
          <option value="">{t("languageViewer")}</option>
          <option value="en">{tc("english")}</option>
          <option value="hi">{tc("hindi")}</option>
        </SelectField>
        <label className="flex items-center gap-2 text-sm font-medium text-stone-800 sm:col-span-2">
          <input type="checkbox" name="roundOff" defaultChecked={initial.roundOff} className="size-4" />
          {t("roundOff")}
        </label>
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
          <Button type="submit" disabled={pending}>
            {pending ? t("saving") : t("save")}
          </Button>
          <FormStatus result={status} savedText={t("saved")} />
        </div>
      </form>
    </Card>
  );
}
