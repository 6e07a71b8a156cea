"use client";
// Add a customer on the spot: name and mobile. Nothing is saved here: the customer is created
// in the same transaction as the sale (an existing tab with that phone is reused).
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { customerQuickAdd } from "@/lib/validation/sale";
import { fieldErrors } from "@/lib/validation/fields";
import type { NewCustomer } from "./use-pos-sale";

export function NewCustomerForm({
  initial,
  onAdd,
  onCancel,
}: {
  initial: string;
  onAdd: (n: NewCustomer) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("pos.customer");
  const tv = useTranslations("validation");
  // What was typed in the search becomes the phone (digits) or the name.
  const typedPhone = /^[\d\s+-]{6,}$/.test(initial.trim());
  const [name, setName] = useState(typedPhone ? "" : initial.trim());
  const [phone, setPhone] = useState(typedPhone ? initial.trim() : "");
  const [errors, setErrors] = useState<Record<string, string>>({});

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const r = customerQuickAdd.safeParse({ name, phone: phone.trim() || undefined });
    if (!r.success) return setErrors(fieldErrors(r.error));
    onAdd(r.data);
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-3 rounded-xl bg-white p-3 ring-2 ring-brand-500"
      data-testid="pos-new-customer"
    >
      <p className="font-semibold">{t("newTitle")}</p>
      <Field
        label={t("name")}
        name="pos-new-name"
        autoFocus
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name ? tv(errors.name as "name_required") : undefined}
      />
      <Field
        label={t("phone")}
        name="pos-new-phone"
        type="tel"
        inputMode="numeric"
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
        error={errors.phone ? tv(errors.phone as "phone_invalid") : undefined}
      />
      <div className="flex gap-2">
        <Button type="submit" size="lg" className="flex-1">
          {t("add")}
        </Button>
        <Button type="button" variant="secondary" size="lg" onClick={onCancel}>
          {t("close")}
        </Button>
      </div>
    </form>
  );
}
