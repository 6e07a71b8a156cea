import { getTranslations } from "next-intl/server";
import { Pager } from "@/components/ui/pager";
import { withParams } from "@/lib/list-url";

type Filter = Record<string, string | number | undefined>;

/** Previous / next links; "page X of Y" when the list was counted, "page X" when it was not. */
export async function Pagination({
  path,
  filter,
  page,
  hasMore,
  total,
  pageSize,
}: {
  path: string;
  filter: Filter;
  page: number;
  hasMore: boolean;
  total?: number;
  pageSize: number;
}) {
  const t = await getTranslations("admin.list");
  if (page === 1 && !hasMore)
    return total !== undefined ? <p className="text-sm text-stone-600">{t("count", { count: total })}</p> : null;
  const pages = total !== undefined ? Math.max(1, Math.ceil(total / pageSize)) : undefined;
  // The same list, another page: every filter kept, only `page` changes.
  const href = (p: number) => withParams(path, { ...filter, page: p });
  return (
    <Pager
      label={t("pagination")}
      previous={t("previous")}
      next={t("next")}
      pageOf={`${pages ? t("pageOf", { page, pages }) : t("page", { page })}${total !== undefined ? ` · ${t("count", { count: total })}` : ""}`}
      prevHref={page > 1 ? href(page - 1) : null}
      nextHref={hasMore ? href(page + 1) : null}
    />
  );
}
