import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FilterButtons, SearchField, SelectField, filterControl, filterLabel } from "@/components/ui/filter-form";
import { SALES_METHODS, SALES_TYPES, type SalesView } from "@/lib/queries/sales";
import { addDays, monthStart, zonedDate } from "@/lib/time";
import { salesHref } from "./sales-href";

/**
 * The filter as a GET form (the URL is the state: shareable, back button works, a new
 * filter starts at page 1). Dates are calendar days in the shop's time zone.
 */
export async function SalesFilters({
  view,
  timeZone,
  customerName,
  rangeError,
  people = [],
}: {
  view: SalesView;
  timeZone: string;
  customerName: string | null;
  rangeError: string | null;
  /** Owner and staff: "sold by" (shown when the shop has staff). */
  people?: { id: string; name: string }[];
}) {
  const [t, tt, tm, tv] = await Promise.all([
    getTranslations("sales.filters"),
    getTranslations("sales.type"),
    getTranslations("sales.method"),
    getTranslations("validation"),
  ]);
  const today = zonedDate(new Date(), timeZone);
  const presets = [
    { key: "today", from: today, to: today },
    { key: "last7", from: addDays(today, -6), to: today },
    { key: "thisMonth", from: monthStart(today), to: today },
  ] as const;
  const chip = "inline-flex min-h-11 items-center rounded-full px-4 py-1.5 text-sm ring-1";

  return (
    <Form
      action="/merchant/sales"
      role="search"
      aria-label={t("label")}
      className="flex flex-col gap-3 rounded-xl bg-white p-3 ring-1 ring-stone-200"
    >
      <div className="flex flex-wrap items-center gap-2">
        {presets.map((p) => {
          const active = view.from === p.from && view.to === p.to;
          return (
            <Link
              key={p.key}
              href={salesHref(view, { from: p.from, to: p.to, page: 1 })}
              aria-current={active ? "true" : undefined}
              className={`${chip} ${active ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-stone-700 ring-stone-300 hover:bg-stone-100"}`}
            >
              {t(p.key)}
            </Link>
          );
        })}
        {customerName && view.customerId ? (
          <span className="inline-flex items-center gap-2 rounded-full bg-sky-50 px-3 py-1.5 text-sm text-sky-900 ring-1 ring-sky-200">
            {t("customer", { name: customerName })}
            <Link
              href={salesHref(view, { customerId: undefined, page: 1 })}
              aria-label={t("removeCustomer")}
              className="font-semibold"
            >
              ×
            </Link>
            <input type="hidden" name="customerId" value={view.customerId} />
          </span>
        ) : null}
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <label className={filterLabel}>
          {t("from")}
          <input type="date" name="from" defaultValue={view.from ?? ""} className={filterControl} />
        </label>
        <label className={filterLabel}>
          {t("to")}
          <input
            type="date"
            name="to"
            defaultValue={view.to ?? ""}
            aria-invalid={rangeError ? true : undefined}
            aria-describedby={rangeError ? "sales-range-error" : undefined}
            className={filterControl}
          />
        </label>
        <SelectField
          label={t("method")}
          name="method"
          value={view.method}
          options={[["", t("anyMethod")], ...SALES_METHODS.map((m) => [m, tm(m)] as const)]}
        />
        {people.length > 1 ? (
          <SelectField
            label={t("by")}
            name="by"
            value={view.createdById}
            options={[["", t("anyone")], ...people.map((p) => [p.id, p.name] as const)]}
          />
        ) : null}
        <SelectField
          label={t("type")}
          name="type"
          value={view.type}
          options={[["", t("anyType")], ...SALES_TYPES.map((ty) => [ty, tt(ty)] as const)]}
        />
        <SearchField label={t("search")} value={view.q} hint={t("searchHint")} className="min-w-48 flex-1" />
        <FilterButtons clearHref="/merchant/sales" apply={t("apply")} clear={t("clear")} />
      </div>
      {rangeError ? (
        <p id="sales-range-error" role="alert" className="text-sm text-red-700">
          {tv.has(rangeError) ? tv(rangeError) : tv("invalid")}
        </p>
      ) : null}
    </Form>
  );
}
