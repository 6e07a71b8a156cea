"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { updateProfileAction } from "@/app/customer/profile/actions";
import { fieldMessages } from "@/components/bills/failure";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { Profile } from "@/lib/domain/profile";

const FIELDS = [
  { name: "name", autoComplete: "name" },
  { name: "phone", type: "tel", autoComplete: "tel", inputMode: "tel" },
  { name: "email", type: "email", autoComplete: "email" },
  { name: "address", autoComplete: "street-address", optional: true },
  { name: "dateOfBirth", type: "date", autoComplete: "bday", optional: true },
] as const;

/** Name, phone, email, address, date of birth: checked by the same rules as sign-up. */
export function ProfileForm({ profile }: { profile: Profile }) {
  const t = useTranslations("profile.details");
  const te = useTranslations("profile.errors");
  const tv = useTranslations("validation");
  const router = useRouter();
  const [values, setValues] = useState<Record<string, string>>({
    name: profile.name,
    phone: profile.phone ?? "",
    email: profile.email ?? "",
    address: profile.address ?? "",
    dateOfBirth: profile.dateOfBirth ?? "",
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [pending, start] = useTransition();

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setErrors({});
    setSaved(false);
    start(async () => {
      try {
        const res = await updateProfileAction(values);
        if (res.ok) {
          setSaved(true);
          router.refresh();
          return;
        }
        setErrors(fieldMessages(tv, te, res));
      } catch {
        setErrors({ _form: te("generic") });
      }
    });
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="details-title"
      className="flex flex-col gap-4 rounded-xl bg-white p-4 ring-1 ring-stone-200"
    >
      <h2 id="details-title" className="font-semibold">
        {t("title")}
      </h2>
      {FIELDS.map((f) => (
        <Field
          key={f.name}
          name={f.name}
          type={"type" in f ? f.type : "text"}
          autoComplete={f.autoComplete}
          inputMode={"inputMode" in f ? f.inputMode : undefined}
          label={"optional" in f ? t("optionalLabel", { label: t(f.name) }) : t(f.name)}
          value={values[f.name] ?? ""}
          error={errors[f.name]}
          onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
        />
      ))}
      {errors._form ? (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          {errors._form}
        </p>
      ) : null}
      {saved ? (
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
          {t("saved")}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
