import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { HISTORY_KINDS, type HistoryFilter } from "@/lib/validation/customer";

/** A plain GET form: works without JavaScript, and every filtered view has its own URL. */
export async function HistoryFilters({
  shops,
  filter,
}: {
  shops: { id: string; shopName: string }[];
  filter: HistoryFilter;
}) {
  const t = await getTranslations("history");
  const input = "w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base";
  return (
    <form
      method="get"
      action="/customer/history"
      className="grid grid-cols-2 gap-3 rounded-xl bg-white p-4 ring-1 ring-stone-200 sm:grid-cols-4"
      aria-label={t("filters.title")}
    >
      <label className="col-span-2 flex flex-col gap-1 text-sm font-medium sm:col-span-1">
        {t("filters.shop")}
        <select name="shop" defaultValue={filter.shop ?? ""} className={input}>
          <option value="">{t("filters.allShops")}</option>
          {shops.map((s) => (
            <option key={s.id} value={s.id}>
              {s.shopName}
            </option>
          ))}
        </select>
      </label>
      <label className="col-span-2 flex flex-col gap-1 text-sm font-medium sm:col-span-1">
        {t("filters.kind")}
        <select name="kind" defaultValue={filter.kind} className={input}>
          {HISTORY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("filters.from")}
        <input type="date" name="from" defaultValue={filter.from ?? ""} className={input} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("filters.to")}
        <input type="date" name="to" defaultValue={filter.to ?? ""} className={input} />
      </label>
      <div className="col-span-2 flex items-center gap-3 sm:col-span-4">
        <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          {t("filters.apply")}
        </button>
        <Link href="/customer/history" className="text-sm text-brand-700 underline">
          {t("filters.clear")}
        </Link>
      </div>
    </form>
  );
}
