"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { setCreditLimitAction } from "@/app/merchant/customers/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { formatPaise, paiseToDecimalString, parseRupeesToPaise } from "@/lib/money";
import { failureText, fieldText } from "./failure-text";

/** Set, change or remove the credit limit, with the due and what is left shown beside it. */
export function CreditLimitForm({
  customerId,
  limitPaise,
  duePaise,
}: {
  customerId: string;
  limitPaise: number | null;
  duePaise: number;
}) {
  const t = useTranslations("customers.limit");
  const te = useTranslations("customers.errors");
  const tv = useTranslations("validation");
  const locale = useLocale();
  const [value, setValue] = useState(limitPaise === null ? "" : paiseToDecimalString(limitPaise));
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const money = (p: number) => formatPaise(p, locale);

  const save = (next: number | null) => {
    setStatus(null);
    setError(null);
    start(async () => {
      try {
        const res = await setCreditLimitAction({ customerId, limitPaise: next });
        if (res.ok) {
          setValue(res.creditLimitPaise === null ? "" : paiseToDecimalString(res.creditLimitPaise));
          return setStatus(res.creditLimitPaise === null ? t("removed") : t("saved"));
        }
        setError(fieldText(tv, res.fields?.limitPaise) ?? failureText(te, res));
      } catch {
        setError(te("generic"));
      }
    });
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const paise = parseRupeesToPaise(value);
    if (paise === null) return setError(te("amount"));
    save(paise);
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="limit-title"
      className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-stone-200"
    >
      <h2 id="limit-title" className="font-semibold">
        {t("title")}
      </h2>
      <p
        data-testid="limit-summary"
        className={`text-sm ${limitPaise !== null && duePaise > limitPaise ? "font-medium text-red-700" : "text-stone-700"}`}
      >
        {limitPaise === null
          ? t("none")
          : duePaise > limitPaise
            ? t("over", { due: money(duePaise), limit: money(limitPaise) })
            : t("usage", {
                due: money(Math.max(duePaise, 0)),
                limit: money(limitPaise),
                left: money(limitPaise - Math.max(duePaise, 0)),
              })}
      </p>
      <Field
        name="limit"
        label={t("amount")}
        inputMode="decimal"
        autoComplete="off"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        hint={t("amountHint")}
        error={error ?? undefined}
      />
      {status ? (
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
          {status}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        {limitPaise !== null ? (
          <Button type="button" variant="secondary" disabled={pending} onClick={() => save(null)}>
            {t("remove")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
