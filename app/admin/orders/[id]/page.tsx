import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { OrderStatusBadge } from "@/components/admin/badges";
import { Cell, DataTable, DetailList, PageHeader, RowLink } from "@/components/admin/data-table";
import { requireRolePage } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { formatPaise } from "@/lib/money";
import { formatQuantity } from "@/lib/quantity";
import { getOrderDetail } from "@/lib/queries/admin";
import { entityId } from "@/lib/validation/common";

export default async function OrderDetailPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRolePage("ADMIN");
  const id = entityId.safeParse((await params).id);
  const o = id.success ? await getOrderDetail(id.data) : null;
  if (!o) notFound();
  const [t, tm, locale] = await Promise.all([
    getTranslations("admin.orders"),
    getTranslations("admin.txMethod"),
    getLocale(),
  ]);
  // One shop's order: its times as that shop's clock reads them.
  const when = (d: Date | null) => (d ? formatDate(d, locale, o.merchant.timeZone, true) : null);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={`${t("order")} · ${formatPaise(o.totalPaise, locale)}`}
        sub={o.merchant.shopName}
        back={{ href: "/admin/orders", label: t("title") }}
      >
        <OrderStatusBadge status={o.status} />
      </PageHeader>
      <section className="rounded-xl bg-white p-4 ring-1 ring-stone-200" aria-label={t("details")}>
        <DetailList
          items={[
            [
              t("shop"),
              <RowLink key="s" href={`/admin/merchants/${o.merchant.id}`}>
                {o.merchant.shopName}
              </RowLink>,
            ],
            [
              t("customer"),
              <RowLink key="u" href={`/admin/users/${o.user.id}`}>
                {o.user.name}
              </RowLink>,
            ],
            [t("contact"), [o.user.phone, o.user.email].filter(Boolean).join(" · ")],
            [t("payment"), tm(o.paymentMethod)],
            [t("placed"), when(o.placedAt)],
            [t("accepted"), when(o.acceptedAt)],
            [t("ready"), when(o.readyAt)],
            [t("completed"), when(o.completedAt)],
            [t("cancelled"), when(o.cancelledAt)],
            [t("cancelReason"), o.cancelReason],
            [t("note"), o.note],
            [
              t("bill"),
              o.transaction ? (
                <RowLink key="b" href={`/admin/transactions/${o.transaction.id}`}>
                  {o.transaction.id}
                </RowLink>
              ) : null,
            ],
            [
              t("id"),
              <span key="id" className="font-mono text-sm">
                {o.id}
              </span>,
            ],
          ]}
        />
      </section>
      <section className="flex flex-col gap-3" aria-labelledby="items">
        <h2 id="items" className="text-lg font-semibold">
          {t("itemsTitle")}
        </h2>
        <DataTable caption={t("itemsTitle")} head={[t("item"), t("qty"), t("unitPrice"), t("lineTotal")]}>
          {o.items.map((i) => (
            <tr key={i.id}>
              <Cell>{i.name}</Cell>
              <Cell className="tabular-nums">{formatQuantity(i.quantityMilli, i.unit)}</Cell>
              <Cell className="tabular-nums">{formatPaise(i.unitPricePaise, locale)}</Cell>
              <Cell className="tabular-nums">{formatPaise(i.lineTotalPaise, locale)}</Cell>
            </tr>
          ))}
          <tr className="font-semibold">
            <Cell />
            <Cell />
            <Cell>{t("total")}</Cell>
            <Cell className="tabular-nums">{formatPaise(o.totalPaise, locale)}</Cell>
          </tr>
        </DataTable>
      </section>
    </div>
  );
}
