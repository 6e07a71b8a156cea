import Link from "next/link";
import { getTranslations } from "next-intl/server";

type Filter = Record<string, string | number | undefined>;

/** The same list, another page: every filter kept, only `page` changes. */
export function pageHref(path: string, filter: Filter, page: number) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (k !== "page" && v !== undefined && v !== "") params.set(k, String(v));
  if (page > 1) params.set("page", String(page));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Previous / next links; "page X of Y" when the list was counted, "page X" when it was not. */
export async function Pagination({ path, filter, page, hasMore, total, pageSize }: { path: string; filter: Filter; page: number; hasMore: boolean; total?: number; pageSize: number }) {
  const t = await getTranslations("admin.list");
  if (page === 1 && !hasMore) return total !== undefined ? <p className="text-sm text-stone-600">{t("count", { count: total })}</p> : null;
  const pages = total !== undefined ? Math.max(1, Math.ceil(total / pageSize)) : undefined;
  const link = "rounded-lg px-3 py-1.5 ring-1 ring-stone-300 hover:bg-stone-100";
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-2 text-sm">
      <p className="text-stone-600">
        {pages ? t("pageOf", { page, pages }) : t("page", { page })}
        {total !== undefined ? ` · ${t("count", { count: total })}` : null}
      </p>
      <div className="flex gap-2">
        {page > 1 ? <Link rel="prev" className={link} href={pageHref(path, filter, page - 1)}>{t("previous")}</Link> : null}
        {hasMore ? <Link rel="next" className={link} href={pageHref(path, filter, page + 1)}>{t("next")}</Link> : null}
      </div>
    </nav>
  );
}
