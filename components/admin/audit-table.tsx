import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import type { AuditView } from "@/lib/queries/admin";
import { Cell, DataTable } from "./data-table";

type Json = AuditView["before"];
const isRecord = (v: Json): v is Record<string, Json> => !!v && typeof v === "object" && !Array.isArray(v);
// An instant stored as ISO text (disabledAt, expiresAt...): shown like "When", in the shop's zone.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Before and after, field by field, so a change reads at a glance. */
function Changes({ before, after, when }: { before: Json; after: Json; when: (d: string) => string }) {
  const show = (v: Json | undefined) =>
    v === null || v === undefined
      ? "—"
      : typeof v === "string"
        ? ISO_INSTANT.test(v)
          ? when(v)
          : v
        : JSON.stringify(v);
  if (!isRecord(before) && !isRecord(after)) {
    if (before === null && after === null) return null;
    return (
      <p className="font-mono text-xs">
        {show(before)} → {show(after)}
      </p>
    );
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return (
    <ul className="flex flex-col gap-0.5 text-xs">
      {keys.map((k) => (
        <li key={k} className="break-all">
          <span className="text-stone-600">{k}: </span>
          <span className="font-mono text-red-800 line-through decoration-red-300">{show(b[k])}</span>
          {" → "}
          <span className="font-mono text-green-800">{show(a[k])}</span>
        </li>
      ))}
    </ul>
  );
}

/** Where the audited row lives in the console, when it has a page there. */
function entityHref(entity: string, id: string | null) {
  if (!id) return null;
  if (entity === "Merchant") return `/admin/merchants/${id}`;
  if (entity === "Transaction") return `/admin/transactions/${id}`;
  if (entity === "Order") return `/admin/orders/${id}`;
  if (entity === "User") return `/admin/users/${id}`; // a shop owner's id redirects to the shop
  return null;
}

export async function AuditTable({ rows }: { rows: AuditView[] }) {
  const [t, tr, locale] = await Promise.all([
    getTranslations("admin.audit"),
    getTranslations("admin.role"),
    getLocale(),
  ]);
  const label = (action: string) => {
    const key = `actions.${action.replace(/\./g, "_")}`;
    return t.has(key as "actions.admin_user_disable") ? t(key as "actions.admin_user_disable") : null;
  };
  return (
    <DataTable caption={t("title")} head={[t("when"), t("who"), t("what"), t("shop"), t("change")]}>
      {rows.map((r) => {
        const href = entityHref(r.entity, r.entityId);
        return (
          <tr key={r.id} data-testid="audit-row">
            <Cell className="whitespace-nowrap">{formatDate(r.createdAt, locale, r.timeZone, true)}</Cell>
            <Cell>
              {r.actor ? (
                <span className="font-medium">{r.actor.name}</span>
              ) : (
                <span className="text-stone-500">{t("system")}</span>
              )}
              {r.actorRole ? <span className="block text-xs text-stone-600">{tr(r.actorRole)}</span> : null}
            </Cell>
            <Cell>
              <span className="font-medium">{label(r.action) ?? r.action}</span>
              <span className="block font-mono text-xs text-stone-600">
                {r.action} ·{" "}
                {href ? (
                  <Link className="text-brand-700 hover:underline" href={href}>
                    {r.entity}
                  </Link>
                ) : (
                  r.entity
                )}
              </span>
              {r.subject ? (
                <span className="block text-sm" data-testid="audit-subject">
                  {r.subject.label}
                  {r.subject.detail ? <span className="text-stone-600"> · {r.subject.detail}</span> : null}
                </span>
              ) : null}
            </Cell>
            <Cell>
              {r.merchantId ? (
                <Link className="text-brand-700 hover:underline" href={`/admin/merchants/${r.merchantId}`}>
                  {r.shopName ?? r.merchantId}
                </Link>
              ) : (
                "—"
              )}
            </Cell>
            <Cell className="max-w-md">
              <Changes before={r.before} after={r.after} when={(d) => formatDate(d, locale, r.timeZone, true)} />
            </Cell>
          </tr>
        );
      })}
    </DataTable>
  );
}
