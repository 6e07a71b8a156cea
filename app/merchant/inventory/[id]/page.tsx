import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdjustStockForm } from "@/components/inventory/adjust-stock-form";
import { ArchiveButton } from "@/components/inventory/archive-button";
import { EditProductForm } from "@/components/inventory/edit-product-form";
import { MovementHistory } from "@/components/inventory/movement-history";
import { StockBadge } from "@/components/inventory/stock-badge";
import { Card } from "@/components/ui/card";
import { requireMerchantPage } from "@/lib/auth/session";
import { formatPaise } from "@/lib/money";
import { getProductDetail, getShopCategories } from "@/lib/queries/inventory";

type Props = { params: Promise<{ id: string }> };

export default async function ProductPage({ params }: Props) {
  const [{ merchant }, { id }] = await Promise.all([requireMerchantPage(), params]);
  const [detail, categories, t, tu, locale] = await Promise.all([
    getProductDetail(merchant.id, id),
    getShopCategories(merchant.id),
    getTranslations("inventory.detail"),
    getTranslations("inventory.units"),
    getLocale(),
  ]);
  // Another shop's product (or none): the same 404 as a wrong address, never its data.
  if (!detail) notFound();
  const { product: p } = detail;
  const archived = p.archivedAt !== null;
  return (
    <div className="flex flex-col gap-5">
      <Link href="/merchant/inventory" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex flex-col gap-1">
          <h1 className="text-2xl font-semibold">{p.name}</h1>
          <p className="text-stone-600">
            {p.category}
            {p.sku ? ` · ${t("skuValue", { sku: p.sku })}` : ""}
          </p>
          <StockBadge state={p.stockState} archived={archived} />
        </div>
        <ArchiveButton productId={p.id} archived={archived} />
      </div>
      {archived ? (
        <p role="status" className="rounded-lg bg-stone-100 px-3 py-2 text-sm text-stone-700">
          {t("archivedNote")}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <Card>
          <p className="text-sm text-stone-600">{t("stock")}</p>
          <p className="text-2xl font-semibold tabular-nums" data-testid="product-stock">
            {p.stock}
          </p>
          <p className="text-sm text-stone-600">{tu(p.unit)}</p>
        </Card>
        <Card>
          <p className="text-sm text-stone-600">{t("price")}</p>
          <p className="text-2xl font-semibold tabular-nums">{formatPaise(p.pricePaise, locale)}</p>
        </Card>
        <Card>
          <p className="text-sm text-stone-600">{t("threshold")}</p>
          <p className="text-2xl font-semibold tabular-nums">{p.lowStockThreshold}</p>
        </Card>
      </div>
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <Card>
          <EditProductForm
            productId={p.id}
            categories={categories}
            defaults={{
              name: p.name,
              category: p.category,
              pricePaise: p.pricePaise,
              costPaise: p.costPaise,
              unit: p.unit,
              sku: p.sku,
              barcode: p.barcode,
              lowStockThreshold: p.lowStockThreshold,
              hsn: p.hsn,
              gstRateBp: p.gstRateBp,
              mrpPaise: p.mrpPaise,
            }}
          />
        </Card>
        <Card>
          <AdjustStockForm productId={p.id} stock={p.stock} />
        </Card>
      </div>
      <section className="flex flex-col gap-2" aria-labelledby="history-title">
        <h2 id="history-title" className="text-lg font-semibold">
          {t("history")}
        </h2>
        <MovementHistory
          unit={detail.product.unit}
          movements={detail.movements}
          actors={detail.actors}
          timeZone={merchant.timeZone}
        />
      </section>
    </div>
  );
}
