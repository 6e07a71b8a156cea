"use client";
// Who is buying: a walk-in guest (nobody picked), a customer found by name or phone as you
// type, or a new one added on the spot. The picked customer's due shows before charging.
import { X } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { searchCustomersAction } from "@/app/merchant/pos/actions";
import { formatPaise } from "@/lib/money";
import { searchCustomerList } from "@/lib/pos/cart";
import type { PosCustomer } from "@/lib/pos/pos-data";
import { NewCustomerForm } from "./lazy-parts";
import type { NewCustomer } from "./use-pos-sale";

const NONE: PosCustomer[] = [];

type Props = {
  customers: PosCustomer[];
  /** The snapshot holds only the most recent customers: also ask the server. */
  searchServer: boolean;
  customer: PosCustomer | null;
  newCustomer: NewCustomer | null;
  open: boolean;
  onOpen: (open: boolean) => void;
  onPick: (c: PosCustomer | null, n?: NewCustomer | null) => void;
  disabled?: boolean;
};

export function CustomerPicker({
  customers,
  searchServer,
  customer,
  newCustomer,
  open,
  onOpen,
  onPick,
  disabled,
}: Props) {
  const t = useTranslations("pos.customer");
  const locale = useLocale();
  const money = (p: number) => formatPaise(p, locale);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [adding, setAdding] = useState(false);
  const [found, setRemote] = useState<PosCustomer[]>([]);
  const searching = searchServer && open && query.trim().length >= 2;
  const remote = searching ? found : NONE;
  const local = useMemo(() => searchCustomerList(customers, query), [customers, query]);

  useEffect(() => {
    if (open && !adding) input.current?.focus();
  }, [open, adding]);

  useEffect(() => {
    if (!searching) return;
    let alive = true;
    const timer = setTimeout(() => {
      searchCustomersAction(query)
        .then((r) => alive && setRemote(r))
        .catch(() => alive && setRemote([]));
    }, 250);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [searching, query]);

  const hits = useMemo(() => {
    const seen = new Set(local.map((c) => c.id));
    return [...local, ...remote.filter((c) => !seen.has(c.id))].slice(0, 8);
  }, [local, remote]);

  const close = () => {
    setQuery("");
    setAdding(false);
    onOpen(false);
  };

  if (!open) {
    const name = customer?.name ?? newCustomer?.name;
    return (
      <div
        className="flex min-h-14 items-center gap-3 rounded-xl bg-white px-4 py-2 ring-1 ring-stone-200"
        data-testid="pos-customer"
      >
        <div className="min-w-0 flex-1">
          <p className="text-xs text-stone-600">{t("label")}</p>
          {name ? (
            <p className="truncate font-semibold">
              {name}
              {newCustomer ? (
                <span className="ml-2 rounded bg-brand-50 px-1.5 text-xs text-brand-700">{t("newBadge")}</span>
              ) : null}
            </p>
          ) : (
            <p className="font-medium text-stone-700">{t("guest")}</p>
          )}
          {customer ? (
            <p className="text-sm text-stone-700 tabular-nums" data-testid="pos-customer-due">
              {[
                customer.phone,
                customer.duePaise ? t("due", { amount: money(customer.duePaise) }) : t("noDue"),
                customer.creditLimitPaise !== null ? t("limit", { amount: money(customer.creditLimitPaise) }) : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
          ) : newCustomer?.phone ? (
            <p className="text-sm text-stone-700">{newCustomer.phone}</p>
          ) : null}
        </div>
        {name ? (
          <button
            type="button"
            disabled={disabled}
            onClick={() => onPick(null)}
            aria-label={t("remove")}
            className="h-12 w-12 rounded-lg text-stone-500 hover:bg-stone-100"
          >
            <X aria-hidden className="mx-auto size-5" />
          </button>
        ) : null}
        <button
          type="button"
          disabled={disabled}
          onClick={() => onOpen(true)}
          className="min-h-12 rounded-lg px-4 font-medium text-brand-700 ring-1 ring-brand-100 hover:bg-brand-50"
        >
          {name ? t("change") : t("pick")}
        </button>
      </div>
    );
  }

  if (adding) {
    return (
      <NewCustomerForm
        initial={query}
        onCancel={() => setAdding(false)}
        onAdd={(n) => {
          onPick(null, n);
          close();
        }}
      />
    );
  }

  return (
    <div
      className="flex flex-col gap-2 rounded-xl bg-white p-3 ring-2 ring-brand-500"
      data-testid="pos-customer-picker"
    >
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="sr-only">
          {t("search")}
        </label>
        <input
          ref={input}
          id={id}
          type="search"
          value={query}
          autoComplete="off"
          placeholder={t("placeholder")}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => e.key === "Escape" && close()}
          className="min-h-14 min-w-0 flex-1 rounded-lg border border-stone-300 px-3 text-lg outline-none focus:border-brand-500"
        />
        <button type="button" onClick={close} className="min-h-14 rounded-lg px-3 text-stone-700 hover:bg-stone-100">
          {t("close")}
        </button>
      </div>
      <ul className="max-h-56 divide-y divide-stone-100 overflow-auto">
        {hits.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              onClick={() => {
                onPick(c);
                close();
              }}
              className="flex min-h-14 w-full items-center justify-between gap-3 px-2 py-1 text-left hover:bg-stone-50"
            >
              <span className="min-w-0">
                <span className="block truncate font-medium">{c.name}</span>
                <span className="block text-xs text-stone-600">{c.phone}</span>
              </span>
              <span className="shrink-0 text-sm tabular-nums text-stone-700">
                {c.duePaise ? t("due", { amount: money(c.duePaise) }) : ""}
              </span>
            </button>
          </li>
        ))}
        {!hits.length ? <li className="px-2 py-2 text-sm text-stone-600">{t("noMatch")}</li> : null}
      </ul>
      <button
        type="button"
        onClick={() => setAdding(true)}
        className="min-h-14 rounded-lg border border-dashed border-brand-500 font-medium text-brand-700 hover:bg-brand-50"
      >
        + {t("addNew")}
      </button>
    </div>
  );
}
