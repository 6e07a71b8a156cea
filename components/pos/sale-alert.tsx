"use client";
// A failed sale, in the shopkeeper's language: chosen by code and details, never the raw error.
import { useTranslations } from "next-intl";
import type { SaleErrorMessage } from "@/lib/pos/sale-error";

export type SaleAlertProps = SaleErrorMessage;

export function SaleAlert({ message, values }: SaleAlertProps) {
  const t = useTranslations("pos.errors");
  return (
    <p
      role="alert"
      className="rounded-lg bg-red-50 px-4 py-3 font-medium text-red-800 ring-1 ring-red-200"
      data-testid="pos-error"
    >
      {t(message, values)}
    </p>
  );
}
