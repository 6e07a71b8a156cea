"use client";
import { useLocale, useTranslations } from "next-intl";
import { Table } from "@/components/ui/table";
import type { ImportChange, ImportPreview as Preview } from "@/lib/domain/product-import";
import { formatPaise } from "@/lib/money";
import { fileProblemText, rowProblemText } from "./import-error-text";

const ACTION_TONE = {
  create: "bg-green-50 text-green-800",
  update: "bg-sky-50 text-sky-800",
  error: "bg-red-50 text-red-800",
} as const;

const MONEY = new Set(["pricePaise", "costPaise"]);

/** One change as "price: ₹28 → ₹30" (money in rupees, an empty old value as a dash). */
function ChangeText({ c }: { c: ImportChange }) {
  const tc = useTranslations("inventory.import.changes");
  const locale = useLocale();
  const show = (v: ImportChange["from"]) =>
    v === null || v === "" ? "—" : MONEY.has(c.field) && typeof v === "number" ? formatPaise(v, locale) : String(v);
  return (
    <li data-testid="import-change" data-field={c.field}>
      <span className="text-stone-600">{tc.has(c.field) ? tc(c.field as "name") : c.field}: </span>
      <span className="text-red-800 line-through decoration-red-300">{show(c.from)}</span>
      {" → "}
      <span className="font-medium text-green-800">{show(c.to)}</span>
    </li>
  );
}

/** What each line would do (create, update with each change old -> new, or its errors) before anything is written. */
export function ImportPreview({ preview }: { preview: Preview }) {
  const t = useTranslations("inventory.import");
  const tp = useTranslations("inventory.import.problems");
  if (preview.fileErrors.length) {
    return (
      <div
        role="alert"
        className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800"
        data-testid="import-file-errors"
      >
        <p className="font-medium">{t("fileProblems")}</p>
        <ul className="mt-1 list-disc pl-5">
          {preview.fileErrors.map((e) => (
            <li key={e}>{fileProblemText(tp, e)}</li>
          ))}
        </ul>
      </div>
    );
  }
  const { counts } = preview;
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm" data-testid="import-counts">
        {t("counts", { total: counts.total, create: counts.create, update: counts.update, error: counts.error })}
      </p>
      <Table
        scroll="max-h-[28rem] overflow-auto"
        headClassName="sticky top-0"
        columns={[
          { label: t("col.line") },
          { label: t("col.sku") },
          { label: t("col.name") },
          { label: t("col.action") },
          { label: t("col.details") },
        ]}
      >
        {preview.rows.map((r) => (
          <tr key={r.line} data-testid="import-row" data-action={r.action}>
            <td className="px-3 py-2 tabular-nums">{r.line}</td>
            <td className="px-3 py-2">{r.sku}</td>
            <td className="px-3 py-2">{r.name ?? ""}</td>
            <td className="px-3 py-2">
              <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${ACTION_TONE[r.action]}`}>
                {t(`action.${r.action}`)}
              </span>
            </td>
            <td className="px-3 py-2">
              {r.errors.length ? (
                <ul className="list-disc pl-4 text-red-800">
                  {r.errors.map((e) => (
                    <li key={e}>{rowProblemText(tp, e)}</li>
                  ))}
                </ul>
              ) : r.action === "update" ? (
                r.diff.length ? (
                  <ul className="flex flex-col gap-0.5">
                    {r.diff.map((c) => (
                      <ChangeText key={c.field} c={c} />
                    ))}
                  </ul>
                ) : (
                  <span className="text-stone-600">{t("noChanges")}</span>
                )
              ) : null}
            </td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
