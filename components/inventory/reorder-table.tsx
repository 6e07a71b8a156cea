import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import type { ReorderLine } from "@/lib/domain/inventory";

/** What to buy: out of stock first, with a suggested quantity. Plain black on white when printed. */
export async function ReorderTable({ lines }: { lines: ReorderLine[] }) {
  const [t, tu, tb] = await Promise.all([
    getTranslations("inventory.reorder"),
    getTranslations("inventory.units"),
    getTranslations("inventory.badges"),
  ]);
  if (!lines.length) return <EmptyState title={t("empty")}>{t("emptyBody")}</EmptyState>;
  const th = "print:border print:border-black print:px-2 print:py-1";
  const td = "px-3 py-2 print:border print:border-black print:px-2 print:py-1";
  return (
    <Table
      testId="reorder-table"
      frameClassName="print:overflow-visible print:rounded-none print:ring-0"
      className="print:text-xs"
      headClassName="print:bg-white print:text-black"
      columns={[
        { label: t("col.product"), className: th },
        { label: t("col.sku"), hideBelow: "sm", className: `${th} print:table-cell` },
        { label: t("col.category"), hideBelow: "md", className: `${th} print:table-cell` },
        { label: t("col.stock"), align: "right", className: th },
        { label: t("col.threshold"), align: "right", hideBelow: "sm", className: `${th} print:table-cell` },
        { label: t("col.order"), align: "right", className: th },
        { label: t("col.tick"), className: `${th} hidden print:table-cell` },
      ]}
    >
      {lines.map((l) => (
        <tr key={l.id} data-testid="reorder-row" className="print:break-inside-avoid">
          <td className={td}>
            <Link
              href={`/merchant/inventory/${l.id}`}
              className="font-medium text-brand-700 underline-offset-2 hover:underline print:text-black print:no-underline"
            >
              {l.name}
            </Link>
            <span
              className={`ml-2 rounded-full px-2 py-0.5 text-xs print:hidden ${l.state === "out" ? "bg-red-50 text-red-800" : "bg-amber-50 text-amber-900"}`}
            >
              {tb(l.state)}
            </span>
          </td>
          <td className={`${td} hidden text-stone-600 sm:table-cell print:table-cell print:text-black`}>
            {l.sku ?? ""}
          </td>
          <td className={`${td} hidden text-stone-600 md:table-cell print:table-cell print:text-black`}>
            {l.category}
          </td>
          <td className={`${td} text-right tabular-nums`}>{l.stock}</td>
          <td className={`${td} hidden text-right tabular-nums sm:table-cell print:table-cell`}>
            {l.lowStockThreshold}
          </td>
          <td className={`${td} text-right font-semibold tabular-nums`}>
            {l.suggestedQty} {tu(l.unit)}
          </td>
          <td className={`${td} hidden w-16 print:table-cell`} />
        </tr>
      ))}
    </Table>
  );
}
