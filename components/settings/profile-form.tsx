"use client";
import { useTranslations } from "next-intl";
import { saveShopProfileAction } from "@/app/merchant/settings/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { BUSINESS_TYPES, ORDER_HOLD_MINUTES, SHOP_TIME_ZONES } from "@/lib/validation/shop";
import { SelectField, TextAreaField } from "./form-fields";
import { FormStatus } from "./form-status";
import { useSettingsForm } from "./use-settings-form";

export type ProfileValues = {
  shopName: string;
  ownerName: string | null;
  phone: string | null;
  addressLine: string | null;
  area: string | null;
  city: string | null;
  state: string | null;
  pinCode: string | null;
  gstin: string | null;
  businessType: string;
  timeZone: string;
  receiptFooter: string | null;
  orderHoldMinutes: number;
};

type TextKey = "ownerName" | "phone" | "addressLine" | "area" | "city" | "state" | "pinCode" | "gstin";
const ADDRESS: { name: TextKey; autoComplete?: string; inputMode?: "numeric"; wide?: boolean }[] = [
  { name: "addressLine", autoComplete: "street-address", wide: true },
  { name: "area" },
  { name: "city", autoComplete: "address-level2" },
  { name: "state", autoComplete: "address-level1" },
  { name: "pinCode", autoComplete: "postal-code", inputMode: "numeric" },
];

/** Uncontrolled inputs submitted without a form reset, so what was typed stays after an error. */
export function ProfileForm({ initial }: { initial: ProfileValues }) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const { pending, status, err, submitTo } = useSettingsForm();
  const optional = (label: string) => (
    <>
      {label}
      <span className="font-normal text-stone-500"> ({tc("optional")})</span>
    </>
  );
  const zones: string[] = SHOP_TIME_ZONES.includes(initial.timeZone as never)
    ? [...SHOP_TIME_ZONES]
    : [initial.timeZone, ...SHOP_TIME_ZONES];

  const text = (
    name: TextKey,
    extra: { autoComplete?: string; inputMode?: "numeric"; hint?: string; className?: string; type?: string } = {},
  ) => (
    <Field
      key={name}
      name={name}
      label={optional(t(`profile.${name}`))}
      defaultValue={initial[name] ?? ""}
      error={err(name)}
      {...extra}
    />
  );

  return (
    <Card className="p-5">
      <h2 className="text-lg font-semibold">{t("profile.title")}</h2>
      <form
        onSubmit={submitTo(saveShopProfileAction)}
        noValidate
        className="mt-4 grid gap-4 sm:grid-cols-2"
        aria-busy={pending}
      >
        <Field
          name="shopName"
          label={t("profile.shopName")}
          defaultValue={initial.shopName}
          error={err("shopName")}
          required
          autoComplete="organization"
        />
        {text("ownerName", { autoComplete: "name" })}
        {text("phone", { type: "tel", autoComplete: "tel" })}
        <SelectField
          name="businessType"
          label={t("profile.businessType")}
          defaultValue={initial.businessType}
          error={err("businessType")}
        >
          {(BUSINESS_TYPES as readonly string[]).includes(initial.businessType) ? null : (
            <option value={initial.businessType}>{initial.businessType}</option>
          )}
          {BUSINESS_TYPES.map((b) => (
            <option key={b} value={b}>
              {t(`businessTypes.${b}`)}
            </option>
          ))}
        </SelectField>

        <h3 className="mt-2 font-medium text-stone-800 sm:col-span-2">{t("profile.addressTitle")}</h3>
        {ADDRESS.map((f) =>
          text(f.name, {
            autoComplete: f.autoComplete,
            inputMode: f.inputMode,
            className: f.wide ? "sm:col-span-2" : undefined,
          }),
        )}

        <h3 className="mt-2 font-medium text-stone-800 sm:col-span-2">{t("profile.businessTitle")}</h3>
        {text("gstin", { hint: t("profile.gstinHint") })}
        <SelectField
          name="timeZone"
          label={t("profile.timeZone")}
          defaultValue={initial.timeZone}
          error={err("timeZone")}
          hint={t("profile.timeZoneHint")}
        >
          {zones.map((z) => (
            <option key={z} value={z}>
              {z === "Asia/Kolkata" ? `${t("tzIndia")} · ${z}` : z}
            </option>
          ))}
        </SelectField>
        <SelectField
          name="orderHoldMinutes"
          label={t("profile.orderHold")}
          defaultValue={String(initial.orderHoldMinutes)}
          error={err("orderHoldMinutes")}
          hint={t("profile.orderHoldHint")}
        >
          {ORDER_HOLD_MINUTES.map((m) => (
            <option key={m} value={m}>
              {m < 60 ? t("profile.minutes", { count: m }) : t("profile.hours", { count: m / 60 })}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          name="receiptFooter"
          label={optional(t("profile.receiptFooter"))}
          defaultValue={initial.receiptFooter ?? ""}
          error={err("receiptFooter")}
          hint={t("profile.receiptFooterHint")}
          maxLength={200}
          className="sm:col-span-2"
        />

        <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
          <Button type="submit" disabled={pending}>
            {pending ? t("profile.saving") : t("profile.save")}
          </Button>
          <FormStatus result={status} savedText={t("profile.saved")} />
        </div>
      </form>
    </Card>
  );
}
