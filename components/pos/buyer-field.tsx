"use client";
// The buyer a tax invoice names, on the confirm sheet: a registered business (GSTIN, checked
// by its checksum, + name + optional address) or, without a GSTIN, the state the goods are
// delivered to. A buyer in another state makes the bill IGST; the sheet says which before the
// tap. Only offered to someone with discount_over_limit; the server checks again.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { GST_STATES, stateLabel } from "@/lib/gst/states";
import type { PosBuyer } from "@/lib/pos/sale-payload";
import { isValidGstin } from "@/lib/validation/fields";

type Fields = { gstin: string; name: string; address: string; state: string };
const EMPTY: Fields = { gstin: "", name: "", address: "", state: "" };
const input = "rounded-lg border border-stone-300 px-3 py-2 text-base";

/** The buyer to send, or why not (a message key of gst.pos). */
function toBuyer(f: Fields): { buyer?: PosBuyer; error?: "gstinInvalid" | "buyerNameRequired" } {
  const gstin = f.gstin.trim().toUpperCase();
  if (gstin && !isValidGstin(gstin)) return { error: "gstinInvalid" };
  if (!f.name.trim()) return { error: "buyerNameRequired" };
  const address = f.address.trim();
  return {
    buyer: {
      name: f.name.trim(),
      ...(gstin ? { gstin } : f.state ? { state: f.state } : {}),
      ...(address ? { address } : {}),
    },
  };
}

export function BuyerField({
  shopStateCode,
  onChange,
  disabled,
}: {
  shopStateCode: string | null;
  /** valid=false keeps the sale from being charged with a buyer half typed. */
  onChange: (buyer: PosBuyer | undefined, valid: boolean) => void;
  disabled?: boolean;
}) {
  const t = useTranslations("gst.pos");
  const [open, setOpen] = useState(false);
  const [f, setF] = useState<Fields>(EMPTY);
  const r = toBuyer(f);
  const code = r.buyer?.gstin?.slice(0, 2) ?? r.buyer?.state ?? shopStateCode;
  const inter = !!code && !!shopStateCode && code !== shopStateCode;

  function update(next: Fields) {
    setF(next);
    const n = toBuyer(next);
    onChange(n.buyer, !n.error);
  }

  if (!open)
    return (
      <button
        type="button"
        className="min-h-11 self-start rounded-lg px-2 text-sm font-medium text-brand-700 underline disabled:opacity-50"
        disabled={disabled}
        onClick={() => {
          setOpen(true);
          onChange(undefined, false);
        }}
        data-testid="pos-buyer-open"
      >
        {t("addBuyer")}
      </button>
    );

  return (
    <fieldset className="flex flex-col gap-2 rounded-lg p-3 ring-1 ring-stone-200" disabled={disabled}>
      <legend className="px-1 text-sm font-semibold">{t("buyerTitle")}</legend>
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-800">
        {t("buyerGstin")}
        <input
          value={f.gstin}
          onChange={(e) => update({ ...f, gstin: e.target.value.toUpperCase() })}
          maxLength={15}
          autoCapitalize="characters"
          autoComplete="off"
          aria-invalid={r.error === "gstinInvalid" || undefined}
          className={`${input} font-mono`}
          data-testid="pos-buyer-gstin"
        />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-800">
        {t("buyerName")}
        <input
          value={f.name}
          onChange={(e) => update({ ...f, name: e.target.value })}
          maxLength={80}
          className={input}
          data-testid="pos-buyer-name"
        />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-800">
        {t("buyerAddress")}
        <input
          value={f.address}
          onChange={(e) => update({ ...f, address: e.target.value })}
          maxLength={200}
          className={input}
          data-testid="pos-buyer-address"
        />
      </label>
      {f.gstin.trim() ? null : (
        <label className="flex flex-col gap-1 text-sm font-medium text-stone-800">
          {t("buyerState")}
          <select
            value={f.state}
            onChange={(e) => update({ ...f, state: e.target.value })}
            className={`${input} bg-white`}
            data-testid="pos-buyer-state"
          >
            <option value="">{t("buyerStateCounter")}</option>
            {Object.keys(GST_STATES).map((c) => (
              <option key={c} value={c}>
                {stateLabel(c)}
              </option>
            ))}
          </select>
        </label>
      )}
      <p role="status" className="text-sm" data-testid="pos-buyer-tax">
        {r.error ? (
          <span className="text-red-700">{t(r.error)}</span>
        ) : inter ? (
          t("igst", { state: stateLabel(code) })
        ) : (
          t("cgstSgst")
        )}
      </p>
      <button
        type="button"
        className="min-h-11 self-start rounded-lg px-2 text-sm text-stone-600 underline"
        onClick={() => {
          setOpen(false);
          setF(EMPTY);
          onChange(undefined, true);
        }}
      >
        {t("removeBuyer")}
      </button>
    </fieldset>
  );
}
