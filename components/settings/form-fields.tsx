import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// Select and textarea twins of components/ui/field.tsx: same label, hint and error wiring.
const control = (error?: string) =>
  `rounded-lg border bg-white px-3 py-2.5 text-base outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100 ${error ? "border-red-500" : "border-stone-300"}`;

function described(name: string, error?: string, hint?: ReactNode) {
  return [error ? `${name}-error` : null, hint ? `${name}-hint` : null].filter(Boolean).join(" ") || undefined;
}

function Messages({ name, error, hint }: { name: string; error?: string; hint?: ReactNode }) {
  return (
    <>
      {hint && !error ? (
        <p id={`${name}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}

type Common = { label: ReactNode; name: string; error?: string; hint?: ReactNode; className?: string };

export function SelectField({
  label,
  name,
  error,
  hint,
  className = "",
  children,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={name} className="text-sm font-medium text-stone-800">
        {label}
      </label>
      <select
        id={name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={described(name, error, hint)}
        className={control(error)}
        {...select}
      >
        {children}
      </select>
      <Messages name={name} error={error} hint={hint} />
    </div>
  );
}

export function TextAreaField({
  label,
  name,
  error,
  hint,
  className = "",
  ...area
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={name} className="text-sm font-medium text-stone-800">
        {label}
      </label>
      <textarea
        id={name}
        name={name}
        rows={2}
        aria-invalid={error ? true : undefined}
        aria-describedby={described(name, error, hint)}
        className={control(error)}
        {...area}
      />
      <Messages name={name} error={error} hint={hint} />
    </div>
  );
}
