import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import type { StockMovementDto } from "@/lib/domain/inventory";
import { formatDate } from "@/lib/i18n/format";
import { formatQuantity } from "@/lib/quantity";

/** The product's stock movements, newest first: what changed, why, who, and the order it came from. */
export async function MovementHistory({
  movements,
  actors,
  timeZone,
  unit,
}: {
  unit: string;
  movements: StockMovementDto[];
  actors: Record<string, string>;
  timeZone: string;
}) {
  const [t, tr, locale] = await Promise.all([
    getTranslations("inventory.history"),
    getTranslations("inventory.reasons"),
    getLocale(),
  ]);
  if (!movements.length) return <EmptyState title={t("empty")} />;
  return (
    <Table
      testId="movement-history"
      columns={[
        { label: t("when") },
        { label: t("reason") },
        { label: t("change"), align: "right" },
        { label: t("by"), hideBelow: "sm" },
        { label: t("note"), hideBelow: "md" },
      ]}
    >
      {movements.map((m) => (
        <tr key={m.id} data-testid="movement-row">
          <td className="px-3 py-2 whitespace-nowrap text-stone-700">
            {formatDate(m.createdAt, locale, timeZone, true)}
          </td>
          <td className="px-3 py-2">
            {tr.has(m.reason) ? tr(m.reason as "RECEIVED") : m.reason}
            {(m.reason === "ORDER" || m.reason === "ORDER_CANCEL") && m.refId ? (
              <Link href={`/merchant/orders/${m.refId}`} className="ml-2 text-xs text-brand-700 underline">
                {t("openOrder")}
              </Link>
            ) : null}
          </td>
          <td
            className={`px-3 py-2 text-right font-semibold tabular-nums ${m.quantityMilli < 0 ? "text-red-700" : "text-green-800"}`}
          >
            {m.quantityMilli > 0 ? "+" : ""}
            {formatQuantity(m.quantityMilli, unit)}
          </td>
          <td className="hidden px-3 py-2 text-stone-700 sm:table-cell">
            {m.createdById ? (actors[m.createdById] ?? "") : ""}
          </td>
          <td className="hidden px-3 py-2 text-stone-600 md:table-cell">{m.note ?? ""}</td>
        </tr>
      ))}
    </Table>
  );
}
