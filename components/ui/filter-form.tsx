// A list's search and filters as a plain GET form: the URL holds the whole state (shareable,
// back button works), and a new search starts again at page 1 because `page` is not a field.
import Form from "next/form";
import Link from "next/link";

export const filterControl =
  "rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-base font-normal outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100";
export const filterLabel = "flex flex-col gap-1 text-sm font-medium text-stone-800";

/** Apply, and Clear back to the bare list. */
export function FilterButtons({ clearHref, apply, clear }: { clearHref: string; apply: string; clear: string }) {
  return (
    <div className="flex gap-2">
      <button type="submit" className="rounded-lg bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700">
        {apply}
      </button>
      <Link href={clearHref} className="rounded-lg px-4 py-2.5 text-stone-700 ring-1 ring-stone-300 hover:bg-stone-100">
        {clear}
      </Link>
    </div>
  );
}

/** The fields in one wrapping row, the buttons last. */
export function FilterForm({
  action,
  apply,
  clear,
  children,
}: {
  action: string;
  apply: string;
  clear: string;
  children: React.ReactNode;
}) {
  return (
    <Form
      action={action}
      role="search"
      className="flex flex-wrap items-end gap-3 rounded-xl bg-white p-3 ring-1 ring-stone-200"
    >
      {children}
      <FilterButtons clearHref={action} apply={apply} clear={clear} />
    </Form>
  );
}

/** The free-text search box (`q` unless named otherwise). */
export function SearchField({
  label,
  value,
  hint,
  name = "q",
  className = "",
}: {
  label: string;
  value?: string;
  hint?: string;
  name?: string;
  className?: string;
}) {
  return (
    <label className={`${filterLabel} ${className}`}>
      {label}
      <input
        type="search"
        name={name}
        defaultValue={value ?? ""}
        placeholder={hint}
        autoComplete="off"
        className={filterControl}
      />
    </label>
  );
}

/** A drop-down of choices; `options` are [value, label] pairs. */
export function SelectField({
  label,
  name,
  value,
  options,
}: {
  label: string;
  name: string;
  value?: string;
  options: readonly (readonly [value: string, label: string])[];
}) {
  return (
    <label className={filterLabel}>
      {label}
      <select name={name} defaultValue={value ?? ""} className={filterControl}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}
