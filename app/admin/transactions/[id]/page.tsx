import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { OrderStatusBadge, TxTypeBadge } from "@/components/admin/badges";
import { Cell, DataTable, DetailList, PageHeader, RowLink } from "@/components/admin/data-table";
import { Badge } from "@/components/ui/badge";
import { requireRolePage } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { formatPaise } from "@/lib/money";
import { formatQuantity } from "@/lib/quantity";
import { getTransactionDetail } from "@/lib/queries/admin";
import { entityId } from "@/lib/validation/common";

export default async function TransactionDetailPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRolePage("ADMIN");
  const id = entityId.safeParse((await params).id);
  const x = id.success ? await getTransactionDetail(id.data) : null;
  if (!x) notFound();
  const [t, tt, tm, locale] = await Promise.all([
    getTranslations("admin.transactions"),
    getTranslations("admin.txType"),
    getTranslations("admin.txMethod"),
    getLocale(),
  ]);
  // One shop's ledger entry: its times as that shop's clock reads them.
  const when = (d: Date) => formatDate(d, locale, x.merchant.timeZone, true);
  const who = x.customer ? (
    x.customer.userId ? (
      <RowLink href={`/admin/users/${x.customer.userId}`}>{x.customer.name}</RowLink>
    ) : (
      x.customer.name
    )
  ) : x.guest ? (
    `${x.guest.label} (${t("guest")})`
  ) : null;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={`${tt(x.type)} · ${formatPaise(x.amountPaise, locale)}`}
        sub={x.merchant.shopName}
        back={{ href: "/admin/transactions", label: t("title") }}
      >
        <div className="flex gap-2">
          <TxTypeBadge type={x.type} />
          {x.voidedBy ? <Badge tone="red">{t("voided")}</Badge> : null}
          {x.stockException ? <Badge tone="amber">{t("stockException")}</Badge> : null}
          {x.overLimit ? <Badge tone="amber">{t("overLimit")}</Badge> : null}
        </div>
      </PageHeader>
      <section className="rounded-xl bg-white p-4 ring-1 ring-stone-200" aria-label={t("details")}>
        <DetailList
          items={[
            [
              t("shop"),
              <RowLink key="s" href={`/admin/merchants/${x.merchant.id}`}>
                {x.merchant.shopName}
              </RowLink>,
            ],
            [t("who"), who],
            [t("phone"), x.customer?.phone],
            [t("method"), tm(x.method)],
            [t("amount"), formatPaise(x.amountPaise, locale, true)],
            [t("when"), when(x.occurredAt)],
            [t("recordedAt"), when(x.createdAt)],
            [t("recordedBy"), x.createdBy?.name],
            [t("note"), x.note],
            [
              t("voids"),
              x.voids ? (
                <RowLink
                  key="v"
                  href={`/admin/transactions/${x.voids.id}`}
                >{`${tt(x.voids.type)} · ${formatPaise(x.voids.amountPaise, locale)} · ${when(x.voids.occurredAt)}`}</RowLink>
              ) : null,
            ],
            [
              t("voidedBy"),
              x.voidedBy ? (
                <RowLink key="vb" href={`/admin/transactions/${x.voidedBy.id}`}>
                  {when(x.voidedBy.occurredAt)}
                </RowLink>
              ) : null,
            ],
            [
              t("order"),
              x.order ? (
                <span key="o" className="inline-flex items-center gap-2">
                  <RowLink href={`/admin/orders/${x.order.id}`}>{x.order.id}</RowLink>
                  <OrderStatusBadge status={x.order.status} />
                </span>
              ) : null,
            ],
            [
              t("id"),
              <span key="id" className="font-mono text-sm">
                {x.id}
              </span>,
            ],
            [
              t("clientId"),
              <span key="c" className="font-mono text-sm">
                {x.clientId}
              </span>,
            ],
          ]}
        />
      </section>
      {x.items.length ? (
        <section className="flex flex-col gap-3" aria-labelledby="items">
          <h2 id="items" className="text-lg font-semibold">
            {t("items")}
          </h2>
          <DataTable caption={t("items")} head={[t("item"), t("category"), t("qty"), t("unitPrice"), t("lineTotal")]}>
            {x.items.map((i) => (
              <tr key={i.id}>
                <Cell>{i.name}</Cell>
                <Cell>{i.category}</Cell>
                <Cell className="tabular-nums">{formatQuantity(i.quantityMilli, i.unit)}</Cell>
                <Cell className="tabular-nums">{formatPaise(i.unitPricePaise, locale)}</Cell>
                <Cell className="tabular-nums">{formatPaise(i.lineTotalPaise, locale)}</Cell>
              </tr>
            ))}
          </DataTable>
        </section>
      ) : null}
    </div>
  );
}
