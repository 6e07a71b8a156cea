// The frame every admin list shares: its title, the filters, the table (or the empty state:
// "nothing matched" when filtered, the list's own line when not) and the pager that keeps
// the filters. `ns` is the list's message namespace (title, intro, search, empty).
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/card";
import { DataTable, PageHeader } from "./data-table";
import { ListFilters } from "./list-filters";
import { Pagination } from "./pagination";

type Page = { rows: unknown[]; page: number; pageSize: number; hasMore: boolean; total?: number };
type Filter = Record<string, string | number | undefined> & { q?: string };

export async function AdminList(props: {
  path: string;
  ns: string;
  /** The parsed filter: its q fills the search box, and every field stays on the pager's links. */
  filter: Filter;
  /** The list's own select and date filters. */
  filters: ReactNode;
  list: Page;
  head: string[];
  /** Instead of the namespace's intro. */
  sub?: string;
  /** The rows. */
  children: ReactNode;
}) {
  const { path, filter, list } = props;
  const [t, tl] = await Promise.all([getTranslations(props.ns), getTranslations("admin.list")]);
  const filtered = Object.entries(filter).some(([k, v]) => k !== "page" && v !== undefined && v !== "");
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t("title")} sub={props.sub ?? t("intro")} />
      <ListFilters path={path} q={filter.q} searchLabel={t("search")}>
        {props.filters}
      </ListFilters>
      {list.rows.length === 0 ? (
        <EmptyState title={filtered ? tl("noMatch") : t("empty")} />
      ) : (
        <DataTable caption={t("title")} head={props.head}>
          {props.children}
        </DataTable>
      )}
      <Pagination
        path={path}
        filter={filter}
        page={list.page}
        hasMore={list.hasMore}
        total={list.total}
        pageSize={list.pageSize}
      />
    </div>
  );
}
