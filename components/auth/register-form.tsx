"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { syncLocaleAfterSignIn } from "@/app/actions/locale";
import { registerAction } from "@/app/(auth)/register/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { signInWithCredentials } from "@/lib/auth/sign-in-request";

type Role = "merchant" | "customer";
const FIELDS: Record<
  Role,
  { name: string; type?: string; optional?: boolean; autoComplete?: string; hint?: string }[]
> = {
  merchant: [
    { name: "shopName" },
    { name: "name", autoComplete: "name" },
    { name: "email", type: "email", autoComplete: "email" },
    { name: "phone", type: "tel", autoComplete: "tel", hint: "phoneHint" },
    { name: "password", type: "password", autoComplete: "new-password", hint: "passwordHint" },
    { name: "address", optional: true, autoComplete: "street-address" },
    { name: "gstin", optional: true },
    { name: "upiId", optional: true, hint: "upiHint" },
  ],
  customer: [
    { name: "name", autoComplete: "name" },
    { name: "phone", type: "tel", autoComplete: "tel", hint: "phoneHint" },
    { name: "email", type: "email", autoComplete: "email" },
    { name: "password", type: "password", autoComplete: "new-password", hint: "passwordHint" },
    { name: "address", optional: true, autoComplete: "street-address" },
    { name: "dateOfBirth", type: "date", optional: true, autoComplete: "bday" },
  ],
};

export function RegisterForm({ initialRole }: { initialRole: Role }) {
  const t = useTranslations("auth");
  const tv = useTranslations("validation");
  const tc = useTranslations("common");
  const router = useRouter();
  const [role, setRole] = useState<Role>(initialRole);
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<"idle" | "busy" | "done">("idle");

  const msg = (key: string) => (tv.has(key) ? tv(key) : tv("invalid"));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setStatus("busy");
    setErrors({});
    try {
      const res = await registerAction(role, values);
      if (!res.ok) {
        if (res.code === "rate_limited")
          setErrors({
            _form: t("rate_limited", { minutes: Math.ceil((Number(res.details?.retryAfterSeconds) || 60) / 60) }),
          });
        else setErrors(Object.keys(res.fields ?? {}).length ? res.fields! : { _form: "invalid" });
        setStatus("idle");
        return;
      }
      setStatus("done");
      const signed = await signInWithCredentials(res.login, values.password ?? "");
      if (signed.error) return router.replace("/login");
      await syncLocaleAfterSignIn();
      router.replace("/");
      router.refresh();
    } catch {
      setErrors({ _form: "network" });
      setStatus("idle");
    }
  }

  const label = (name: string) => (name === "name" && role === "merchant" ? t("ownerName") : t(name as "name"));

  return (
    <Card className="p-6">
      <h1 className="text-xl font-semibold">{t("registerTitle")}</h1>
      <div role="tablist" className="mt-4 grid grid-cols-2 gap-2">
        {(["merchant", "customer"] as const).map((r) => (
          <button
            key={r}
            type="button"
            role="tab"
            aria-selected={role === r}
            onClick={() => {
              setRole(r);
              setErrors({});
            }}
            className={`rounded-lg px-3 py-2.5 text-sm font-medium ring-1 ${role === r ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-stone-700 ring-stone-300"}`}
          >
            {r === "merchant" ? t("iAmMerchant") : t("iAmCustomer")}
          </button>
        ))}
      </div>
      <form onSubmit={submit} className="mt-5 flex flex-col gap-4" noValidate>
        {FIELDS[role].map((f) => (
          <Field
            key={`${role}-${f.name}`}
            name={f.name}
            type={f.type ?? "text"}
            autoComplete={f.autoComplete}
            label={
              <>
                {label(f.name)}
                {f.optional ? <span className="font-normal text-stone-500"> ({tc("optional")})</span> : null}
              </>
            }
            hint={f.hint ? t(f.hint as "phoneHint") : undefined}
            value={values[f.name] ?? ""}
            onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
            error={errors[f.name] ? msg(errors[f.name]!) : undefined}
          />
        ))}
        {errors._form ? (
          <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
            {errors._form === "network" ? t("network") : errors._form === "invalid" ? tv("fix_errors") : errors._form}
          </p>
        ) : null}
        {status === "done" ? (
          <p role="status" className="text-sm text-brand-700">
            {t("registered")}
          </p>
        ) : null}
        <Button type="submit" size="lg" disabled={status !== "idle"}>
          {status === "busy" ? t("registering") : t("register")}
        </Button>
      </form>
      <p className="mt-4 text-sm text-stone-700">
        {t("haveAccount")}{" "}
        <Link className="font-medium text-brand-700 underline" href="/login">
          {t("signIn")}
        </Link>
      </p>
    </Card>
  );
}
