"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { recordPaymentAction } from "@/app/merchant/customers/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { formatPaise, paiseToDecimalString, parseRupeesToPaise } from "@/lib/money";
import { newClientId } from "@/lib/client-id";
import { failureText, fieldText } from "./failure-text";

const METHODS = ["CASH", "UPI", "CARD"] as const;

/**
 * Money received against the tab, full or part. The server settles the oldest bills first
 * and returns the new due; this form only turns typed rupees into integer paise.
 */
export function PaymentForm({ customerId, duePaise }: { customerId: string; duePaise: number }) {
  const t = useTranslations("customers.payment");
  const tm = useTranslations("customers.method");
  const te = useTranslations("customers.errors");
  const tv = useTranslations("validation");
  const locale = useLocale();
  const [clientId, setClientId] = useState(newClientId);
  const [amount, setAmount] = useState("");
  const [method, setMethod] = useState<(typeof METHODS)[number]>("CASH");
  const [note, setNote] = useState("");
  const [error, setError] = useState<{ field?: string; form?: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const money = (p: number) => formatPaise(p, locale);

  if (duePaise <= 0) {
    return (
      <div className="flex flex-col gap-2 rounded-xl bg-white p-4 ring-1 ring-stone-200">
        <h2 className="font-semibold">{t("title")}</h2>
        {done ? (
          <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
            {done}
          </p>
        ) : null}
        <p className="text-stone-600">{t("nothingDue")}</p>
      </div>
    );
  }

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setDone(null);
    const paise = parseRupeesToPaise(amount);
    if (paise === null || paise <= 0) return setError({ field: te("amount") });
    if (paise > duePaise) return setError({ field: te("moreThanDue", { due: money(duePaise) }) });
    setError(null);
    start(async () => {
      try {
        const res = await recordPaymentAction({ customerId, amountPaise: paise, method, clientId, note });
        if (res.ok) {
          setDone(t("done", { amount: money(res.amountPaise), due: money(res.duePaise) }));
          setAmount("");
          setNote("");
          setClientId(newClientId()); // the next payment is a new entry
          return;
        }
        const due = typeof res.details?.duePaise === "number" ? res.details.duePaise : null;
        if (res.code === "invalid_input" && due !== null)
          setError({ field: due <= 0 ? te("nothingDue") : te("moreThanDue", { due: money(due) }) });
        else if (res.fields?.amountPaise) setError({ field: fieldText(tv, res.fields.amountPaise) ?? te("amount") });
        else setError({ form: failureText(te, res) });
      } catch {
        setError({ form: te("generic") });
      }
    });
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="payment-title"
      className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-stone-200"
    >
      <h2 id="payment-title" className="font-semibold">
        {t("title")}
      </h2>
      <div className="flex flex-wrap items-end gap-2">
        <Field
          name="amount"
          label={t("amount")}
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          hint={t("amountHint")}
          error={error?.field}
          className="min-w-40 flex-1"
        />
        {duePaise > 0 ? (
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setAmount(paiseToDecimalString(duePaise));
              setError(null);
            }}
            className="mb-6"
          >
            {t("fullDue", { amount: money(duePaise) })}
          </Button>
        ) : null}
      </div>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-stone-800">{t("method")}</legend>
        <div className="flex flex-wrap gap-2">
          {METHODS.map((m) => (
            <label
              key={m}
              className={`cursor-pointer rounded-lg px-4 py-2.5 ring-1 ${method === m ? "bg-brand-600 text-white ring-brand-600" : "bg-white ring-stone-300 hover:bg-stone-50"}`}
            >
              <input
                type="radio"
                name="method"
                value={m}
                checked={method === m}
                onChange={() => setMethod(m)}
                className="sr-only"
              />
              {tm(m)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        name="note"
        label={t("note")}
        value={note}
        maxLength={200}
        autoComplete="off"
        onChange={(e) => setNote(e.target.value)}
      />
      {error?.form ? (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          {error.form}
        </p>
      ) : null}
      {done ? (
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
          {done}
        </p>
      ) : null}
      <Button type="submit" disabled={pending} size="lg">
        {pending ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
