import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AccountActions } from "@/components/admin/account-actions";
import { AccountBadge, TxTypeBadge } from "@/components/admin/badges";
import { Cell, DataTable, DetailList, PageHeader, RowLink } from "@/components/admin/data-table";
import { ShopForm } from "@/components/admin/shop-form";
import { EmptyState } from "@/components/ui/card";
import { requireRolePage } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { formatPaise } from "@/lib/money";
import { getMerchantDetail } from "@/lib/queries/admin";
import { entityId } from "@/lib/validation/common";

export default async function MerchantDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireRolePage("ADMIN");
  const id = entityId.safeParse((await params).id);
  const m = id.success ? await getMerchantDetail(id.data) : null;
  if (!m) notFound();
  const [t, tm, locale] = await Promise.all([
    getTranslations("admin.merchants"),
    getTranslations("admin.txMethod"),
    getLocale(),
  ]);
  const links = [
    [`/admin/transactions?shop=${m.id}`, t("seeTransactions", { count: m._count.transactions })],
    [`/admin/orders?shop=${m.id}`, t("seeOrders", { count: m._count.orders })],
    [`/admin/guests?shop=${m.id}`, t("seeGuests")],
    [`/admin/audit?shop=${m.id}`, t("seeAudit")],
  ] as const;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={m.shopName}
        sub={[m.city, m.state].filter(Boolean).join(", ")}
        back={{ href: "/admin/merchants", label: t("title") }}
      >
        <AccountBadge disabledAt={m.user.disabledAt} />
      </PageHeader>
      <section className="rounded-xl bg-white p-4 ring-1 ring-stone-200" aria-label={t("account")}>
        <DetailList
          items={[
            [t("accountName"), m.user.name],
            [t("email"), m.user.email],
            [t("phone"), m.user.phone],
            [t("joined"), formatDate(m.createdAt, locale)],
            [t("upiId"), m.upiId],
            [t("businessType"), m.businessType],
            [t("customers"), m._count.customers],
            [t("products"), m._count.products],
            ...(m.user.disabledAt
              ? [[t("disabledSince"), formatDate(m.user.disabledAt, locale, "Asia/Kolkata", true)] as [string, string]]
              : []),
          ]}
        />
        <ul className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {links.map(([href, label]) => (
            <li key={href}>
              <Link className="text-brand-700 hover:underline" href={href}>
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <ShopForm
          shop={{
            merchantId: m.id,
            shopName: m.shopName,
            ownerName: m.ownerName,
            phone: m.phone,
            addressLine: m.addressLine,
            area: m.area,
            city: m.city,
            state: m.state,
            pinCode: m.pinCode,
            gstin: m.gstin,
          }}
        />
        <AccountActions
          userId={m.user.id}
          name={m.user.name}
          disabled={!!m.user.disabledAt}
          isSelf={m.user.id === me.id}
        />
      </div>
      <section className="flex flex-col gap-3" aria-labelledby="recent-tx">
        <h2 id="recent-tx" className="text-lg font-semibold">
          {t("recent")}
        </h2>
        {m.recent.length === 0 ? (
          <EmptyState title={t("noTransactions")} />
        ) : (
          <DataTable caption={t("recent")} head={[t("when"), t("type"), t("method"), t("customer"), t("amount")]}>
            {m.recent.map((x) => (
              <tr key={x.id}>
                <Cell className="whitespace-nowrap">
                  <RowLink href={`/admin/transactions/${x.id}`}>
                    {formatDate(x.occurredAt, locale, m.timeZone, true)}
                  </RowLink>
                </Cell>
                <Cell>
                  <TxTypeBadge type={x.type} />
                </Cell>
                <Cell>{tm(x.method)}</Cell>
                <Cell>{x.customer?.name ?? t("walkIn")}</Cell>
                <Cell className="tabular-nums">{formatPaise(x.amountPaise, locale)}</Cell>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
