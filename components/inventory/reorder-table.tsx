import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import type { ReorderLine } from "@/lib/domain/inventory";

/** What to buy: out of stock first, with a suggested quantity. Plain black on white when printed. */
export async function ReorderTable({ lines }: { lines: ReorderLine[] }) {
  const [t, tu, tb] = await Promise.all([getTranslations("inventory.reorder"), getTranslations("inventory.units"), getTranslations("inventory.badges")]);
  if (!lines.length) return <EmptyState title={t("empty")}>{t("emptyBody")}</EmptyState>;
  const th = "px-3 py-2 font-medium print:border print:border-black print:px-2 print:py-1";
  const td = "px-3 py-2 print:border print:border-black print:px-2 print:py-1";
  return (
    <div className="overflow-x-auto rounded-xl bg-white ring-1 ring-stone-200 print:overflow-visible print:rounded-none print:ring-0">
      <table className="w-full text-left text-sm print:text-xs" data-testid="reorder-table">
        <thead className="bg-stone-50 text-stone-600 print:bg-white print:text-black">
          <tr>
            <th scope="col" className={th}>{t("col.product")}</th>
            <th scope="col" className={`${th} hidden sm:table-cell print:table-cell`}>{t("col.sku")}</th>
            <th scope="col" className={`${th} hidden md:table-cell print:table-cell`}>{t("col.category")}</th>
            <th scope="col" className={`${th} text-right`}>{t("col.stock")}</th>
            <th scope="col" className={`${th} hidden text-right sm:table-cell print:table-cell`}>{t("col.threshold")}</th>
            <th scope="col" className={`${th} text-right`}>{t("col.order")}</th>
            <th scope="col" className={`${th} hidden print:table-cell`}>{t("col.tick")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {lines.map((l) => (
            <tr key={l.id} data-testid="reorder-row" className="print:break-inside-avoid">
              <td className={td}>
                <Link href={`/merchant/inventory/${l.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline print:text-black print:no-underline">{l.name}</Link>
                <span className={`ml-2 rounded-full px-2 py-0.5 text-xs print:hidden ${l.state === "out" ? "bg-red-50 text-red-800" : "bg-amber-50 text-amber-900"}`}>{tb(l.state)}</span>
              </td>
              <td className={`${td} hidden text-stone-600 sm:table-cell print:table-cell print:text-black`}>{l.sku ?? ""}</td>
              <td className={`${td} hidden text-stone-600 md:table-cell print:table-cell print:text-black`}>{l.category}</td>
              <td className={`${td} text-right tabular-nums`}>{l.stock}</td>
              <td className={`${td} hidden text-right tabular-nums sm:table-cell print:table-cell`}>{l.lowStockThreshold}</td>
              <td className={`${td} text-right font-semibold tabular-nums`}>{l.suggestedQty} {tu(l.unit)}</td>
              <td className={`${td} hidden w-16 print:table-cell`} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
