import { useLocale, useTranslations } from "next-intl";
import type { OrderItemDto } from "@/lib/domain/orders";
import { formatPaise } from "@/lib/money";
import { formatQuantity } from "@/lib/quantity";

/** The lines as ordered (names and prices are snapshots: a later price change does not alter them). */
export function OrderItems({ items, totalPaise }: { items: OrderItemDto[]; totalPaise: number }) {
  const t = useTranslations("orders.items");
  const locale = useLocale();
  return (
    <table className="w-full text-sm">
      <thead className="sr-only">
        <tr>
          <th scope="col">{t("item")}</th>
          <th scope="col">{t("qty")}</th>
          <th scope="col">{t("amount")}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-stone-100">
        {items.map((i) => (
          <tr key={i.id} data-testid="order-item">
            <td className="py-1.5 pr-2">{i.name}</td>
            <td className="py-1.5 pr-2 whitespace-nowrap text-stone-600 tabular-nums">
              {t("qtyAt", {
                qty: formatQuantity(i.quantityMilli, i.unit),
                price: formatPaise(i.unitPricePaise, locale),
              })}
            </td>
            <td className="py-1.5 text-right tabular-nums">{formatPaise(i.lineTotalPaise, locale)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="border-t border-stone-300 font-semibold">
          <td className="pt-2" colSpan={2}>
            {t("total")}
          </td>
          <td className="pt-2 text-right tabular-nums" data-testid="order-total">
            {formatPaise(totalPaise, locale)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
