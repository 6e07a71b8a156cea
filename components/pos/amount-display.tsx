"use client";
// What was typed and what it comes to. An error (÷ 0) replaces the amount: never a wrong number.
import { useLocale, useTranslations } from "next-intl";
import { displayTokens, type CalcResult, type Token } from "@/lib/pos/calculator";
import { formatPaise } from "@/lib/money";

const ERROR_KEY = { divide_by_zero: "divideByZero", too_large: "tooLarge", negative: "negative" } as const;

export function AmountDisplay({ tokens, result }: { tokens: Token[]; result: CalcResult }) {
  const t = useTranslations("pos.display");
  const locale = useLocale();
  const expression = displayTokens(tokens);
  return (
    <div className="rounded-xl bg-stone-900 px-4 py-3 text-right text-white" aria-live="polite">
      <p className="min-h-6 truncate text-lg text-stone-300 tabular-nums" data-testid="pos-expression">
        {expression || t("empty")}
      </p>
      {result.ok ? (
        <p className="truncate text-4xl font-bold tabular-nums">
          <span className="sr-only">{t("label")} </span>
          <span data-testid="pos-amount">{formatPaise(result.paise, locale)}</span>
        </p>
      ) : (
        <p role="alert" className="text-2xl font-semibold text-red-300" data-testid="pos-amount-error">
          {t(ERROR_KEY[result.error])}
        </p>
      )}
    </div>
  );
}
