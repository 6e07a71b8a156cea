"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { addCustomerAction } from "@/app/merchant/customers/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { failureText, fieldText } from "./failure-text";

/** "Add customer": opens a small form in place; a new tab opens on the customer's page. */
export function AddCustomerForm() {
  const t = useTranslations("customers.add");
  const te = useTranslations("customers.errors");
  const tv = useTranslations("validation");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, start] = useTransition();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [existing, setExisting] = useState<{ id: string; name: string } | null>(null);

  if (!open) return <Button onClick={() => setOpen(true)}>{t("open")}</Button>;

  // onSubmit, not <form action>: React resets a form after its action, and a shopkeeper
  // fixing one field should not have to type the other again.
  const submit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setError(null);
    setExisting(null);
    setFields({});
    start(async () => {
      try {
        const res = await addCustomerAction({
          name: String(form.get("name") ?? ""),
          phone: String(form.get("phone") ?? ""),
        });
        if (res.ok) return router.push(`/merchant/customers/${res.id}`);
        setFields(res.fields ?? {});
        const d = res.details as { customerId?: string; name?: string } | undefined;
        if (res.code === "duplicate" && d?.customerId) setExisting({ id: d.customerId, name: d.name ?? "" });
        else setError(failureText(te, res));
      } catch {
        setError(te("generic"));
      }
    });
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="add-customer-title"
      className="flex w-full flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-stone-200 sm:max-w-xl"
    >
      <h2 id="add-customer-title" className="font-semibold">
        {t("title")}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          name="name"
          label={t("name")}
          required
          maxLength={80}
          autoComplete="off"
          error={fieldText(tv, fields.name)}
        />
        <Field
          name="phone"
          type="tel"
          inputMode="numeric"
          label={t("phone")}
          hint={t("phoneHint")}
          autoComplete="off"
          error={fieldText(tv, fields.phone)}
        />
      </div>
      {existing ? (
        <p role="alert" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("duplicate", { name: existing.name })}{" "}
          <Link href={`/merchant/customers/${existing.id}`} className="font-medium underline">
            {t("openExisting")}
          </Link>
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("submit")}
        </Button>
        <Button type="button" variant="ghost" disabled={pending} onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
