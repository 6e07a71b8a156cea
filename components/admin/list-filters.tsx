import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * A list's search and filters as a plain GET form: the URL holds the whole state (shareable,
 * back button works), and submitting starts again at page 1 because `page` is not a field.
 */
export async function ListFilters({
  path,
  q,
  searchLabel,
  children,
}: {
  path: string;
  q?: string;
  searchLabel?: string;
  children?: React.ReactNode;
}) {
  const t = await getTranslations("admin.list");
  return (
    <Form
      action={path}
      role="search"
      className="flex flex-wrap items-end gap-3 rounded-xl bg-white p-3 ring-1 ring-stone-200"
    >
      {searchLabel ? (
        <label className="flex min-w-48 flex-1 flex-col gap-1 text-sm font-medium text-stone-800">
          {searchLabel}
          <input
            type="search"
            name="q"
            defaultValue={q ?? ""}
            className="rounded-lg border border-stone-300 px-3 py-2 text-base font-normal outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100"
          />
        </label>
      ) : null}
      {children}
      <div className="flex gap-2">
        <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          {t("apply")}
        </button>
        <Link href={path} className="rounded-lg px-4 py-2 text-stone-700 ring-1 ring-stone-300 hover:bg-stone-100">
          {t("clear")}
        </Link>
      </div>
    </Form>
  );
}

export function SelectFilter({
  name,
  label,
  value,
  allLabel,
  options,
}: {
  name: string;
  label: string;
  value?: string;
  allLabel: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <label className="flex flex-col gap-1 text-sm font-medium text-stone-800">
      {label}
      <select
        name={name}
        defaultValue={value ?? ""}
        className="max-w-60 rounded-lg border border-stone-300 bg-white px-3 py-2 text-base font-normal"
      >
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function DateFilter({ name, label, value }: { name: string; label: string; value?: string }) {
  return (
    <label className="flex flex-col gap-1 text-sm font-medium text-stone-800">
      {label}
      <input
        type="date"
        name={name}
        defaultValue={value ?? ""}
        className="rounded-lg border border-stone-300 px-3 py-2 text-base font-normal"
      />
    </label>
  );
}

/** The shop picker of every cross-shop list. */
export async function ShopFilter({
  shops,
  value,
}: {
  shops: readonly { id: string; shopName: string }[];
  value?: string;
}) {
  const tl = await getTranslations("admin.list");
  const options = shops.map((s) => ({ value: s.id, label: s.shopName }));
  return <SelectFilter name="shop" label={tl("shop")} value={value} allLabel={tl("allShops")} options={options} />;
}

/** A list's status picker ("all" first). */
export async function StatusFilter({
  value,
  options,
}: {
  value?: string;
  options: readonly { value: string; label: string }[];
}) {
  const tl = await getTranslations("admin.list");
  return <SelectFilter name="status" label={tl("status")} value={value} allLabel={tl("all")} options={options} />;
}
