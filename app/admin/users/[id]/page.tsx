import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AccountActions } from "@/components/admin/account-actions";
import { AccountBadge, OrderStatusBadge } from "@/components/admin/badges";
import { Cell, DataTable, DetailList, PageHeader, RowLink } from "@/components/admin/data-table";
import { EmptyState } from "@/components/ui/card";
import { requireRolePage } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { formatPaise } from "@/lib/money";
import { getCustomerUserDetail, shopIdOfUser } from "@/lib/queries/admin";
import { entityId } from "@/lib/validation/common";

export default async function CustomerDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireRolePage("ADMIN");
  const id = entityId.safeParse((await params).id);
  const detail = id.success ? await getCustomerUserDetail(id.data) : null;
  if (!detail) {
    // A shop owner's account lives on their shop's page (audit rows link here by user id).
    const shopId = id.success ? await shopIdOfUser(id.data) : null;
    if (shopId) redirect(`/admin/merchants/${shopId}`);
    notFound();
  }
  const { user, tabs, orders } = detail;
  const [t, locale] = await Promise.all([getTranslations("admin.users"), getLocale()]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={user.name} sub={user.email ?? user.phone} back={{ href: "/admin/users", label: t("title") }}>
        <AccountBadge disabledAt={user.disabledAt} />
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section className="rounded-xl bg-white p-4 ring-1 ring-stone-200" aria-label={t("profile")}>
          <DetailList
            items={[
              [t("email"), user.email],
              [t("phone"), user.phone],
              [t("address"), user.address],
              [t("language"), user.locale === "hi" ? t("hindi") : user.locale === "en" ? t("english") : null],
              [t("joined"), formatDate(user.createdAt, locale)],
              [t("apiTokens"), user._count.apiTokens],
              ...(user.disabledAt
                ? [[t("disabledSince"), formatDate(user.disabledAt, locale, "Asia/Kolkata", true)] as [string, string]]
                : []),
            ]}
          />
        </section>
        <AccountActions userId={user.id} name={user.name} disabled={!!user.disabledAt} isSelf={user.id === me.id} />
      </div>
      <section className="flex flex-col gap-3" aria-labelledby="tabs">
        <h2 id="tabs" className="text-lg font-semibold">
          {t("tabs")}
        </h2>
        {tabs.length === 0 ? (
          <EmptyState title={t("noTabs")} />
        ) : (
          <DataTable caption={t("tabs")} head={[t("shop"), t("nameAtShop"), t("due")]}>
            {tabs.map((tab) => (
              <tr key={tab.id}>
                <Cell>
                  <RowLink href={`/admin/merchants/${tab.merchant.id}`}>{tab.merchant.shopName}</RowLink>
                </Cell>
                <Cell>{tab.name}</Cell>
                <Cell className="tabular-nums">{formatPaise(tab.duePaise, locale)}</Cell>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      <section className="flex flex-col gap-3" aria-labelledby="orders">
        <h2 id="orders" className="text-lg font-semibold">
          {t("recentOrders")}
        </h2>
        {orders.length === 0 ? (
          <EmptyState title={t("noOrders")} />
        ) : (
          <DataTable caption={t("recentOrders")} head={[t("placed"), t("shop"), t("status"), t("total")]}>
            {orders.map((o) => (
              <tr key={o.id}>
                <Cell className="whitespace-nowrap">
                  <RowLink href={`/admin/orders/${o.id}`}>
                    {formatDate(o.placedAt, locale, "Asia/Kolkata", true)}
                  </RowLink>
                </Cell>
                <Cell>{o.merchant.shopName}</Cell>
                <Cell>
                  <OrderStatusBadge status={o.status} />
                </Cell>
                <Cell className="tabular-nums">{formatPaise(o.totalPaise, locale)}</Cell>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
