"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { createProductAction } from "@/app/merchant/inventory/actions";
import { Button } from "@/components/ui/button";
import { inventoryFailure } from "./failure";
import { ProductFields } from "./product-fields";
import { readNewProduct } from "./product-form-data";

/** "New product" in a modal dialog; a created product opens on its own page. */
export function NewProductDialog({ categories }: { categories: string[] }) {
  const t = useTranslations("inventory.form");
  const te = useTranslations("inventory.errors");
  const tv = useTranslations("validation");
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, start] = useTransition();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  // Remounts the fields so a reopened dialog starts empty.
  const [generation, setGeneration] = useState(0);

  const open = () => {
    setFields({});
    setError(null);
    setGeneration((g) => g + 1);
    dialog.current?.showModal();
  };

  // onSubmit, not <form action>: React would reset the form, and a fix should not retype the rest.
  const submit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const { input, bad } = readNewProduct(new FormData(e.currentTarget));
    setError(null);
    if (bad.length) {
      setFields(Object.fromEntries(bad.map((k) => [k, t("priceRupees")])));
      setError(te("fixFields"));
      return;
    }
    setFields({});
    start(async () => {
      try {
        const res = await createProductAction(input);
        if (res.ok) {
          dialog.current?.close();
          router.push(`/merchant/inventory/${res.id}`);
          return;
        }
        const v = inventoryFailure(te, tv, res);
        setFields(v.fields);
        setError(v.message);
      } catch {
        setError(te("generic"));
      }
    });
  };

  return (
    <>
      <Button type="button" onClick={open}>
        {t("newProduct")}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="new-product-title"
        className="m-auto w-full max-w-2xl rounded-xl p-0 shadow-xl backdrop:bg-stone-900/40"
      >
        <form key={generation} onSubmit={submit} noValidate className="flex flex-col gap-4 p-5">
          <h2 id="new-product-title" className="text-lg font-semibold">
            {t("newProduct")}
          </h2>
          <ProductFields categories={categories} errors={fields} withStock />
          {error ? (
            <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
              {error}
            </p>
          ) : null}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="ghost" disabled={pending} onClick={() => dialog.current?.close()}>
              {t("cancel")}
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? t("saving") : t("create")}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
