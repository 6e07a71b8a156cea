"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { addCategoryAction } from "@/app/merchant/inventory/actions";
import { inventoryFailure } from "./failure";

const control =
  "rounded-lg border px-3 py-2.5 text-base outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100";

/**
 * The shop's own categories as a select, with "add a category" in place: no nested form
 * (this sits inside the product form), so the new name is sent by a button's click.
 */
export function CategoryPicker({
  categories: initial,
  defaultValue,
  error,
  id = "category",
  compact = false,
}: {
  categories: string[];
  defaultValue?: string;
  error?: string;
  id?: string;
  compact?: boolean;
}) {
  const t = useTranslations("inventory.form");
  const te = useTranslations("inventory.errors");
  const tv = useTranslations("validation");
  const [categories, setCategories] = useState(initial);
  const [value, setValue] = useState(defaultValue ?? "");
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState("");
  const [addError, setAddError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const add = () => {
    setAddError(null);
    start(async () => {
      try {
        const res = await addCategoryAction(name);
        if (res.ok) {
          setCategories(res.categories);
          setValue(res.categories.find((c) => c.toLowerCase() === res.added.toLowerCase()) ?? res.added);
          setAdding(false);
          setName("");
          return;
        }
        const existing = (res.details as { categories?: string[] } | undefined)?.categories;
        if (res.code === "duplicate" && existing) {
          // Already there (maybe in another case): just pick it.
          setCategories(existing);
          setValue(existing.find((c) => c.toLowerCase() === name.trim().toLowerCase()) ?? value);
          setAdding(false);
          setName("");
          return;
        }
        const v = inventoryFailure(te, tv, res);
        setAddError(v.fields._form ?? v.fields.name ?? v.message);
      } catch {
        setAddError(te("generic"));
      }
    });
  };

  const errId = `${id}-error`;
  return (
    <div className="flex flex-col gap-1">
      {compact ? null : (
        <label htmlFor={id} className="text-sm font-medium text-stone-800">
          {t("category")}
        </label>
      )}
      {/* Wraps before it squeezes: the select keeps room for a category name ("personal care"). */}
      <div className="flex flex-wrap gap-2">
        <select
          id={id}
          name="category"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          required
          aria-label={compact ? t("category") : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errId : undefined}
          className={`min-w-40 flex-1 bg-white ${control} ${error ? "border-red-500" : "border-stone-300"}`}
        >
          <option value="">{t("pickCategory")}</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        {adding ? null : (
          <button
            type="button"
            onClick={() => setAdding(true)}
            className="min-h-11 whitespace-nowrap rounded-lg px-3 text-sm text-brand-700 ring-1 ring-stone-300 hover:bg-stone-100"
          >
            {t("addCategory")}
          </button>
        )}
      </div>
      {error ? (
        <p id={errId} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {adding ? (
        <div className="mt-1 flex flex-wrap items-start gap-2 rounded-lg bg-stone-50 p-2">
          <input
            aria-label={t("newCategory")}
            placeholder={t("newCategoryHint")}
            value={name}
            maxLength={40}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                add();
              }
            }}
            className={`min-w-0 flex-1 border-stone-300 ${control} py-1.5`}
          />
          <button
            type="button"
            disabled={pending || !name.trim()}
            onClick={add}
            className="rounded-lg bg-brand-600 px-3 py-2 text-sm text-white disabled:bg-stone-300"
          >
            {pending ? t("adding") : t("add")}
          </button>
          <button
            type="button"
            disabled={pending}
            onClick={() => {
              setAdding(false);
              setAddError(null);
            }}
            className="rounded-lg px-3 py-2 text-sm text-stone-700 hover:bg-stone-100"
          >
            {t("cancel")}
          </button>
          {addError ? (
            <p role="alert" className="w-full text-sm text-red-700">
              {addError}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
