import type { InputHTMLAttributes, ReactNode } from "react";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: ReactNode;
  name: string;
  error?: string;
  hint?: ReactNode;
};

/** A labelled input with its error wired through aria-describedby. */
export function Field({ label, name, error, hint, className = "", ...input }: FieldProps) {
  const errId = `${name}-error`;
  const hintId = `${name}-hint`;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={input.id ?? name} className="text-sm font-medium text-stone-800">
        {label}
      </label>
      <input
        id={input.id ?? name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={[error ? errId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined}
        className={`rounded-lg border px-3 py-2.5 text-base outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100 ${error ? "border-red-500" : "border-stone-300"}`}
        {...input}
      />
      {hint && !error ? (
        <p id={hintId} className="text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errId} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
