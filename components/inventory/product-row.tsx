"use client";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { updateProductAction } from "@/app/merchant/inventory/actions";
import type { ProductDto } from "@/lib/domain/product-dto";
import { formatPaise, parseRupeesToPaise } from "@/lib/money";
import { formatQuantity } from "@/lib/quantity";
import { inventoryFailure } from "./failure";
import { rupeesText } from "./product-form-data";
import { StockBadge } from "./stock-badge";

const input = "w-full min-w-0 rounded-md border px-2 py-1.5 text-sm";
const cell = "px-3 py-2 align-top";

/** One product in the list; "Edit" turns its name, category, price and low-stock level into inputs in place. */
export function ProductRow({ product: p, categories }: { product: ProductDto; categories: string[] }) {
  const t = useTranslations("inventory.list");
  const tf = useTranslations("inventory.form");
  const tu = useTranslations("inventory.units");
  const te = useTranslations("inventory.errors");
  const tv = useTranslations("validation");
  const locale = useLocale();
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [v, setV] = useState({
    name: p.name,
    category: p.category,
    price: rupeesText(p.pricePaise),
    threshold: String(p.lowStockThreshold),
  });
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const cancel = () => {
    setEditing(false);
    setFields({});
    setError(null);
    setV({
      name: p.name,
      category: p.category,
      price: rupeesText(p.pricePaise),
      threshold: String(p.lowStockThreshold),
    });
  };

  const save = () => {
    const pricePaise = parseRupeesToPaise(v.price);
    const th = v.threshold.trim();
    if (pricePaise === null) return setFields({ pricePaise: tf("priceRupees") });
    setFields({});
    setError(null);
    start(async () => {
      try {
        const res = await updateProductAction(p.id, {
          name: v.name,
          category: v.category,
          pricePaise,
          lowStockThreshold: /^\d{1,9}$/.test(th) ? Number(th) : -1,
        });
        if (res.ok) {
          setEditing(false);
          router.refresh();
          return;
        }
        const f = inventoryFailure(te, tv, res);
        setFields(f.fields);
        setError(f.message);
      } catch {
        setError(te("generic"));
      }
    });
  };

  const err = (k: string) =>
    fields[k] ? (
      <p role="alert" className="mt-1 text-xs text-red-700">
        {fields[k]}
      </p>
    ) : null;
  const set = (k: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setV({ ...v, [k]: e.target.value });

  if (editing) {
    return (
      <tr data-testid="product-row" className="bg-brand-50/40">
        <td className={cell}>
          <input
            aria-label={tf("name")}
            value={v.name}
            maxLength={120}
            onChange={set("name")}
            className={`${input} ${fields.name ? "border-red-500" : "border-stone-300"}`}
          />
          {err("name")}
          {error && !Object.keys(fields).length ? (
            <p role="alert" className="mt-1 text-xs text-red-700">
              {error}
            </p>
          ) : null}
        </td>
        <td className={`${cell} hidden md:table-cell`}>
          <select
            aria-label={tf("category")}
            value={v.category}
            onChange={set("category")}
            className={`${input} border-stone-300 bg-white`}
          >
            {(categories.includes(p.category) ? categories : [p.category, ...categories]).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
          {err("category")}
        </td>
        <td className={cell}>
          <input
            aria-label={tf("price")}
            inputMode="decimal"
            value={v.price}
            onChange={set("price")}
            className={`${input} text-right ${fields.pricePaise ? "border-red-500" : "border-stone-300"}`}
          />
          {err("pricePaise")}
        </td>
        <td className={`${cell} text-right tabular-nums`}>{p.stock}</td>
        <td className={`${cell} hidden sm:table-cell`}>
          <input
            aria-label={tf("threshold")}
            inputMode="numeric"
            value={v.threshold}
            onChange={set("threshold")}
            className={`${input} text-right ${fields.lowStockThreshold ? "border-red-500" : "border-stone-300"}`}
          />
          {err("lowStockThreshold")}
        </td>
        <td className={`${cell} whitespace-nowrap text-right`}>
          <button
            type="button"
            onClick={save}
            disabled={pending}
            className="min-h-11 min-w-11 rounded-md bg-brand-600 px-3 py-1.5 text-sm text-white disabled:bg-stone-300"
          >
            {pending ? tf("saving") : tf("save")}
          </button>
          <button
            type="button"
            onClick={cancel}
            disabled={pending}
            className="ml-1 min-h-11 min-w-11 rounded-md px-2 py-1.5 text-sm text-stone-700 hover:bg-stone-100"
          >
            {tf("cancel")}
          </button>
        </td>
      </tr>
    );
  }

  return (
    <tr data-testid="product-row" className="hover:bg-stone-50">
      <td className={cell}>
        <Link
          href={`/merchant/inventory/${p.id}`}
          className="font-medium text-brand-700 underline-offset-2 hover:underline"
        >
          {p.name}
        </Link>
        <div className="mt-0.5 flex flex-wrap items-center gap-1 text-xs text-stone-500">
          {p.sku ? <span>{p.sku}</span> : null}
          <StockBadge state={p.stockState} archived={p.archivedAt !== null} />
        </div>
      </td>
      <td className={`${cell} hidden text-stone-700 md:table-cell`}>{p.category}</td>
      <td className={`${cell} text-right tabular-nums`}>{formatPaise(p.pricePaise, locale)}</td>
      <td className={`${cell} text-right tabular-nums`} data-testid="row-stock">
        {formatQuantity(p.stockMilli, p.unit).replace(/ .*$/, "")}{" "}
        <span className="text-xs text-stone-500">{tu(p.unit)}</span>
      </td>
      <td className={`${cell} hidden text-right tabular-nums sm:table-cell`}>{p.lowStockThreshold}</td>
      <td className={`${cell} text-right`}>
        <button
          type="button"
          onClick={() => setEditing(true)}
          aria-label={t("editRow", { name: p.name })}
          className="min-h-11 min-w-11 rounded-md px-3 py-1.5 text-sm text-brand-700 ring-1 ring-stone-300 hover:bg-stone-100"
        >
          {t("edit")}
        </button>
      </td>
    </tr>
  );
}
