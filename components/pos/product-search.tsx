"use client";
// Find a product by name, SKU or barcode and tap it onto the bill. A scanner types the code
// and Enter: an exact barcode/SKU (or a single match) is added at once. `products` is null
// while the shop's snapshot is still on its way: the box is there, the list comes with it.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { formatPaise } from "@/lib/money";
import { formatQuantity } from "@/lib/quantity";
import { exactCode, searchProducts } from "@/lib/pos/cart";
import type { PosProduct } from "@/lib/pos/pos-data";

const NONE: PosProduct[] = [];

export function ProductSearch({
  products: list,
  onAdd,
  disabled,
}: {
  products: PosProduct[] | null;
  onAdd: (id: string) => void;
  disabled?: boolean;
}) {
  const products = list ?? NONE;
  const t = useTranslations("pos.products");
  const locale = useLocale();
  const id = useId();
  const [query, setQuery] = useState("");
  const hits = useMemo(() => searchProducts(products, query), [products, query]);

  if (list && !list.length) {
    return (
      <p
        className="rounded-xl border border-dashed border-stone-300 bg-white px-4 py-3 text-sm text-stone-700"
        data-testid="pos-no-products"
      >
        {t("empty")}{" "}
        <Link href="/merchant/inventory" className="font-medium text-brand-700 underline">
          {t("addProducts")}
        </Link>
      </p>
    );
  }

  const add = (p: PosProduct) => {
    onAdd(p.id);
    setQuery("");
  };

  return (
    <div className="relative">
      <label htmlFor={id} className="sr-only">
        {t("search")}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        disabled={disabled}
        autoComplete="off"
        enterKeyHint="done"
        placeholder={t("placeholder")}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") setQuery("");
          if (e.key !== "Enter") return;
          e.preventDefault();
          const p = exactCode(products, query) ?? (hits.length === 1 ? hits[0] : null);
          if (p) add(p);
        }}
        className="min-h-14 w-full rounded-xl border border-stone-300 bg-white px-4 text-lg outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100"
      />
      {query.trim() && list ? (
        <ul
          className="absolute inset-x-0 top-full z-10 mt-1 max-h-80 overflow-auto rounded-xl bg-white shadow-lg ring-1 ring-stone-200"
          aria-label={t("search")}
        >
          {hits.length ? (
            hits.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  onClick={() => add(p)}
                  aria-label={t("add", { name: p.name })}
                  className="flex min-h-14 w-full items-center justify-between gap-3 px-4 py-2 text-left hover:bg-stone-50 active:bg-stone-100"
                >
                  <span className="min-w-0">
                    <span className="block truncate font-medium">{p.name}</span>
                    <span className="block text-xs text-stone-600">
                      {[
                        p.sku,
                        p.stock > 0
                          ? t("inStock", { count: formatQuantity(Math.round(p.stock * 1000), p.unit) })
                          : t("outOfStock"),
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </span>
                  </span>
                  <span className="shrink-0 font-semibold tabular-nums">{formatPaise(p.pricePaise, locale)}</span>
                </button>
              </li>
            ))
          ) : (
            <li className="px-4 py-3 text-sm text-stone-600">{t("noMatch", { query: query.trim() })}</li>
          )}
        </ul>
      ) : null}
    </div>
  );
}
