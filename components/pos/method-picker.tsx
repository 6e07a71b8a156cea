"use client";
// Cash / UPI / Card / Pay later, always in view beside the keypad: one tap picks how it is paid.
import { Banknote, BookOpen, CreditCard, type LucideIcon, Smartphone } from "lucide-react";
import { useTranslations } from "next-intl";
import type { PosMethod } from "@/lib/pos/sale-payload";

export const METHODS: PosMethod[] = ["CASH", "UPI", "CARD", "CREDIT"];
// SVG, not emoji: the same on every phone (bench/README §13).
const ICONS: Record<PosMethod, LucideIcon> = { CASH: Banknote, UPI: Smartphone, CARD: CreditCard, CREDIT: BookOpen };

export function MethodPicker({
  value,
  onChange,
  disabled,
}: {
  value: PosMethod;
  onChange: (m: PosMethod) => void;
  disabled?: boolean;
}) {
  const t = useTranslations("pos.method");
  return (
    <div role="group" aria-label={t("label")} className="grid grid-cols-4 gap-2">
      {METHODS.map((m) => {
        const on = m === value;
        const Icon = ICONS[m];
        return (
          <button
            key={m}
            type="button"
            aria-pressed={on}
            disabled={disabled}
            onClick={() => onChange(m)}
            className={`flex min-h-14 touch-manipulation flex-col items-center justify-center rounded-xl px-1 text-base font-semibold ring-1 ${
              on
                ? "bg-brand-600 text-white ring-brand-700"
                : "bg-white text-stone-800 ring-stone-300 active:bg-stone-100"
            }`}
          >
            <Icon aria-hidden className="size-5" strokeWidth={1.75} />
            {t(m)}
          </button>
        );
      })}
    </div>
  );
}
