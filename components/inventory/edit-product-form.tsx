"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { updateProductAction } from "@/app/merchant/inventory/actions";
import { Button } from "@/components/ui/button";
import { inventoryFailure } from "./failure";
import { ProductFields, type ProductDefaults } from "./product-fields";
import { readProductPatch } from "./product-form-data";

/** Every field of the product in place on its page; stock itself moves only by adjustment. */
export function EditProductForm({
  productId,
  categories,
  defaults,
}: {
  productId: string;
  categories: string[];
  defaults: ProductDefaults;
}) {
  const t = useTranslations("inventory.form");
  const te = useTranslations("inventory.errors");
  const tv = useTranslations("validation");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const { patch, bad } = readProductPatch(new FormData(e.currentTarget));
    setStatus(null);
    if (bad.length) {
      setFields(Object.fromEntries(bad.map((k) => [k, t("priceRupees")])));
      setStatus({ ok: false, text: te("fixFields") });
      return;
    }
    setFields({});
    start(async () => {
      try {
        const res = await updateProductAction(productId, patch);
        if (res.ok) {
          setStatus({ ok: true, text: t("saved") });
          router.refresh();
          return;
        }
        const v = inventoryFailure(te, tv, res);
        setFields(v.fields);
        setStatus({ ok: false, text: v.message });
      } catch {
        setStatus({ ok: false, text: te("generic") });
      }
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="edit-product-title" className="flex flex-col gap-4">
      <h2 id="edit-product-title" className="font-semibold">
        {t("editTitle")}
      </h2>
      <ProductFields categories={categories} defaults={defaults} errors={fields} withStock={false} />
      {status ? (
        <p
          role={status.ok ? "status" : "alert"}
          className={`rounded-lg px-3 py-2 text-sm ${status.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}
        >
          {status.text}
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
