import { getTranslations } from "next-intl/server";
import { AuditTable } from "@/components/admin/audit-table";
import { PageHeader } from "@/components/admin/data-table";
import { DateFilter, ListFilters, SelectFilter, ShopFilter } from "@/components/admin/list-filters";
import { Pagination } from "@/components/admin/pagination";
import { EmptyState } from "@/components/ui/card";
import { requireRolePage } from "@/lib/auth/session";
import { listAudit, shopOptions } from "@/lib/queries/admin";
import { ACTOR_ROLES, KNOWN_AUDIT_ACTIONS, auditListFilter, flatParams } from "@/lib/validation/admin";

/** Read-only: the audit log has no edit or delete anywhere in the app. */
export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRolePage("ADMIN");
  const f = auditListFilter.parse(flatParams(await searchParams));
  const [t, tl, tr, list, shops] = await Promise.all([
    getTranslations("admin.audit"),
    getTranslations("admin.list"),
    getTranslations("admin.role"),
    listAudit(f),
    shopOptions(),
  ]);
  const filtered = Object.entries(f).some(([k, v]) => k !== "page" && v !== undefined);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t("title")} sub={t("intro")} />
      <ListFilters path="/admin/audit">
        <label className="flex min-w-48 flex-col gap-1 text-sm font-medium text-stone-800">
          {t("action")}
          <input
            name="action"
            list="audit-actions"
            defaultValue={f.action ?? ""}
            className="rounded-lg border border-stone-300 px-3 py-2 text-base font-normal"
          />
          <datalist id="audit-actions">
            {KNOWN_AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
        </label>
        <label className="flex min-w-48 flex-col gap-1 text-sm font-medium text-stone-800">
          {t("actor")}
          <input
            type="search"
            name="actor"
            defaultValue={f.actor ?? ""}
            className="rounded-lg border border-stone-300 px-3 py-2 text-base font-normal"
          />
        </label>
        <SelectFilter
          name="role"
          label={t("role")}
          value={f.role}
          allLabel={tl("all")}
          options={ACTOR_ROLES.map((r) => ({ value: r, label: tr(r) }))}
        />
        <ShopFilter shops={shops} value={f.shop} />
        <DateFilter name="from" label={tl("from")} value={f.from} />
        <DateFilter name="to" label={tl("to")} value={f.to} />
      </ListFilters>
      <p className="text-sm text-stone-600">{t("actionHint")}</p>
      {list.rows.length === 0 ? (
        <EmptyState title={filtered ? tl("noMatch") : t("empty")} />
      ) : (
        <AuditTable rows={list.rows} />
      )}
      <Pagination path="/admin/audit" filter={f} page={list.page} hasMore={list.hasMore} pageSize={list.pageSize} />
    </div>
  );
}
