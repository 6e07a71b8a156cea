"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { updateShopAction } from "@/app/admin/merchants/actions";
import type { ShopFormState } from "@/lib/form-results";
import { describeFailure } from "@/lib/i18n/describe-failure";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export type ShopValues = {
  merchantId: string;
  shopName: string;
  ownerName: string | null;
  phone: string | null;
  addressLine: string | null;
  area: string | null;
  city: string | null;
  state: string | null;
  pinCode: string | null;
  gstin: string | null;
};

const FIELDS = [
  ["shopName", "text"],
  ["ownerName", "text"],
  ["phone", "tel"],
  ["gstin", "text"],
  ["addressLine", "text"],
  ["area", "text"],
  ["city", "text"],
  ["state", "text"],
  ["pinCode", "text"],
] as const;

/** The admin's correction of a shop's details; every save is audited with before and after. */
export function ShopForm({ shop }: { shop: ShopValues }) {
  const t = useTranslations("admin.shopForm");
  const tv = useTranslations("validation");
  const te = useTranslations("admin.errors");
  const [state, action, pending] = useActionState<ShopFormState, FormData>(updateShopAction, null);
  const failed = state && !state.ok ? state : null;
  const value = (k: keyof ShopValues) => failed?.values[k] ?? shop[k] ?? "";
  const view = failed ? describeFailure(tv, tv, failed) : null;
  const fieldError = (k: string) => view?.fields[k];
  const formError = view
    ? Object.keys(view.fields).length
      ? tv("fix_errors")
      : describeFailure(tv, te, failed!).message
    : null;

  return (
    <form
      action={action}
      noValidate
      className="flex flex-col gap-4 rounded-xl bg-white p-4 ring-1 ring-stone-200"
      aria-labelledby="shop-form-title"
    >
      <h2 id="shop-form-title" className="font-semibold">
        {t("title")}
      </h2>
      <input type="hidden" name="merchantId" value={shop.merchantId} />
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map(([name, type]) => (
          <Field
            key={`${name}:${value(name)}`}
            name={name}
            type={type}
            label={t(name)}
            defaultValue={value(name)}
            error={fieldError(name)}
            required={name === "shopName"}
            hint={name === "gstin" ? t("gstinHint") : undefined}
            className={name === "addressLine" ? "sm:col-span-2" : ""}
          />
        ))}
      </div>
      {formError ? (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      ) : null}
      {state?.ok ? (
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
          {state.changed ? t("saved", { count: state.changed }) : t("unchanged")}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
