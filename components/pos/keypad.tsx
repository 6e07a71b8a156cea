"use client";
// The calculator keys: 64 px tall (a thumb on a counter tablet), operators on the right like
// a shop calculator, "=" tall at the bottom right.
import { Delete } from "lucide-react";
import { useTranslations } from "next-intl";
import type { CalcKey } from "@/lib/pos/calculator";

type KeyDef = {
  key: CalcKey;
  label: string;
  aria?: "clear" | "back" | "divide" | "times" | "minus" | "plus" | "equals" | "point" | "doubleZero";
  tone: "digit" | "op" | "fn" | "eq";
  className?: string;
};

const KEYS: KeyDef[] = [
  { key: "clear", label: "C", aria: "clear", tone: "fn" },
  { key: "back", label: "⌫", aria: "back", tone: "fn" },
  { key: "÷", label: "÷", aria: "divide", tone: "op" },
  { key: "×", label: "×", aria: "times", tone: "op" },
  { key: "7", label: "7", tone: "digit" },
  { key: "8", label: "8", tone: "digit" },
  { key: "9", label: "9", tone: "digit" },
  { key: "-", label: "−", aria: "minus", tone: "op" },
  { key: "4", label: "4", tone: "digit" },
  { key: "5", label: "5", tone: "digit" },
  { key: "6", label: "6", tone: "digit" },
  { key: "+", label: "+", aria: "plus", tone: "op" },
  { key: "1", label: "1", tone: "digit" },
  { key: "2", label: "2", tone: "digit" },
  { key: "3", label: "3", tone: "digit" },
  { key: "=", label: "=", aria: "equals", tone: "eq", className: "row-span-2" },
  { key: "0", label: "0", tone: "digit" },
  { key: "00", label: "00", aria: "doubleZero", tone: "digit" },
  { key: ".", label: ".", aria: "point", tone: "digit" },
];

const TONES = {
  digit: "bg-white text-stone-900 ring-1 ring-stone-300 active:bg-stone-200",
  op: "bg-brand-50 text-brand-700 ring-1 ring-brand-100 active:bg-brand-100",
  fn: "bg-stone-100 text-stone-800 ring-1 ring-stone-300 active:bg-stone-300",
  eq: "bg-stone-800 text-white active:bg-stone-900",
} as const;

export function Keypad({ onKey, disabled }: { onKey: (key: CalcKey) => void; disabled?: boolean }) {
  const t = useTranslations("pos.keypad");
  return (
    <div role="group" aria-label={t("label")} className="grid grid-cols-4 gap-2" data-testid="pos-keypad">
      {KEYS.map((k) => (
        <button
          key={k.key}
          type="button"
          disabled={disabled}
          aria-label={k.aria ? t(k.aria) : undefined}
          onClick={() => onKey(k.key)}
          className={`min-h-16 touch-manipulation rounded-xl text-2xl font-semibold tabular-nums select-none disabled:opacity-50 ${TONES[k.tone]} ${k.className ?? ""}`}
        >
          {k.key === "back" ? <Delete aria-hidden className="mx-auto size-7" strokeWidth={1.75} /> : k.label}
        </button>
      ))}
    </div>
  );
}
