"use client";
// The counter: calculator on the left, bill / customer / payment method / Charge on the right
// (stacked on a phone). A guest cash sale is: amount, Charge, Cash received. After a sale the
// receipt replaces the screen until "New sale" (a fresh clientId).
//
// The keypad renders before the shop's snapshot (products, customers) has arrived: the page's
// HTML holds no data, and usePosData fetches the snapshot once the screen is up (or reads the
// offline copy). Until then an amount can be typed; Charge waits for the snapshot.
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useShopId } from "@/components/shell/shop-id";
import { Button } from "@/components/ui/button";
import { formatPaise } from "@/lib/money";
import { EMPTY_CALC, hasOperator, type CalcState } from "@/lib/pos/calculator";
import { exactCode } from "@/lib/pos/cart";
import { scaleLine } from "@/lib/pos/scale-barcode";
import type { PosProduct } from "@/lib/pos/pos-data";
import { saleErrorMessage } from "@/lib/pos/sale-error";
import { AmountDisplay } from "./amount-display";
import { CartLines } from "./cart-lines";
import { ConnectionState } from "./connection-state";
import { CustomerPicker } from "./customer-picker";
import { Keypad } from "./keypad";
import { ChargeSheet, SaleDone, preloadPosParts } from "./lazy-parts";
import { MethodPicker } from "./method-picker";
import { ProductSearch } from "./product-search";
import { SaleAlert } from "./sale-alert";
import { OfflinePanel } from "./offline-panel";
import { POS_GRID } from "./pos-skeleton";
import { ProvisionalDone } from "./provisional-done";
import { usePosData } from "./use-pos-data";
import { usePosKeyboard } from "./use-pos-keyboard";
import { usePosSale } from "./use-pos-sale";

const NO_PRODUCTS: PosProduct[] = [];

/** `version`: a new value from the page means "fetch the snapshot again" (see the page). */
export function PosScreen({ version }: { version: string }) {
  const t = useTranslations("pos");
  // The server's snapshot, or offline the last synced copy (IndexedDB).
  const data = usePosData(useShopId(), version);
  const locale = useLocale();
  const pos = usePosSale(
    data?.products ?? NO_PRODUCTS,
    data?.shop.sellPastStock ?? false,
    data?.canAllowOverLimit ?? false,
    data?.canDiscount ?? false,
  );
  const canDiscount = data?.canDiscount ?? false;
  const { state: s } = pos;
  const money = (p: number) => formatPaise(p, locale);
  // Tests (and a slow phone) must not tap before the keys work: marks the screen hydrated and
  // its snapshot in (the snapshot is only ever set by an effect, so after hydration). Then,
  // soon after, the confirm sheet and receipt code.
  const hasData = data !== null;
  useEffect(() => (hasData ? preloadPosParts() : undefined), [hasData]);
  const ready = hasData;
  const canCharge = pos.canCharge && hasData;
  const charge = () => {
    if (data) pos.charge();
  };
  const alert = s.error ? saleErrorMessage(s.error, { products: pos.byId, customer: s.customer, money }) : null;

  // The amount before the latest run of typed digits, and a scanned code no product has.
  const beforeDigits = useRef<CalcState>(EMPTY_CALC);
  const [unknownCode, setUnknownCode] = useState<string | null>(null);

  usePosKeyboard({
    onDigitsStart: () => {
      beforeDigits.current = s.phase === "selling" ? s.calc : EMPTY_CALC;
    },
    onScan: (code) => {
      if (s.phase === "confirm" || s.phase === "sending") return;
      pos.restoreCalc(beforeDigits.current);
      const products = data?.products ?? NO_PRODUCTS;
      // A scale's weighed-item label first (2x + PLU + weight or price), then a plain code.
      const weighed = data ? scaleLine(products, code, data.shop.scaleBarcode) : null;
      const p = weighed?.product ?? exactCode(products, code);
      if (p) pos.addProduct(p.id, weighed?.quantity);
      setUnknownCode(p ? null : code);
    },
    onKey: (k) => {
      if (unknownCode) setUnknownCode(null);
      if (s.phase === "done" && (/^\d$/.test(k) || k === "." || k === "00")) {
        // Typing the next amount straight away starts the next sale.
        pos.newSale();
        pos.key(k);
      } else if (s.phase === "selling") pos.key(k);
    },
    onEnter: () => {
      if (s.phase === "selling") {
        if (hasOperator(s.calc.tokens)) pos.key("=");
        else charge();
      } else if (s.phase === "confirm") void pos.send();
      else if (s.phase === "done") pos.newSale();
    },
    onEscape: () => {
      if (s.phase === "confirm") pos.cancel();
      else if (s.phase === "selling") {
        if (s.pickerOpen) pos.openPicker(false);
        else pos.key("clear");
      }
    },
  });

  // A receipt exists only after a charge, and Charge waits for the snapshot.
  if (s.phase === "done" && data && (s.receipt || s.provisional)) {
    return (
      <div className="flex flex-col gap-4">
        {s.receipt ? (
          <SaleDone receipt={s.receipt} timeZone={data.shop.timeZone} onNewSale={pos.newSale} />
        ) : (
          <ProvisionalDone sale={s.provisional!} onNewSale={pos.newSale} />
        )}
        <OfflinePanel products={pos.byId} />
      </div>
    );
  }

  const busy = s.phase !== "selling";
  return (
    <div className={`${POS_GRID} print:hidden`} data-testid="pos-screen" data-ready={ready}>
      <h1 className="sr-only">{t("title")}</h1>
      <OfflinePanel products={pos.byId} />
      <section className="flex flex-col gap-3" aria-label={t("keypad.label")}>
        <ConnectionState />
        <AmountDisplay tokens={s.calc.tokens} result={pos.calcResult} />
        <Keypad onKey={pos.key} disabled={busy} />
      </section>

      <section className="flex flex-col gap-3" aria-label={t("cart.title")}>
        <ProductSearch products={data?.products ?? null} onAdd={pos.addProduct} disabled={busy} />
        {unknownCode ? (
          <p role="status" className="text-sm text-amber-800" data-testid="pos-unknown-code">
            {t("products.unknownCode", { code: unknownCode })}
          </p>
        ) : null}
        <CartLines
          cart={s.cart}
          byId={pos.byId}
          calcPaise={pos.calcPaise}
          totalPaise={pos.totalPaise}
          onQuantity={pos.setQuantity}
          onDiscount={canDiscount ? pos.setLineDiscount : undefined}
          disabled={busy}
        />
        <CustomerPicker
          customers={data?.customers ?? []}
          searchServer={!data?.customersComplete}
          customer={s.customer}
          newCustomer={s.newCustomer}
          open={s.pickerOpen}
          onOpen={pos.openPicker}
          onPick={(c, n) => pos.setCustomer(c, n ?? null)}
          disabled={busy}
        />
        {s.needCustomer ? <SaleAlert message="pickCustomer" retry={false} /> : null}
        {alert && s.phase === "selling" ? <SaleAlert {...alert} /> : null}
        <MethodPicker value={s.method} onChange={pos.setMethod} disabled={busy} />
        <Button
          type="button"
          size="lg"
          className="min-h-16 text-2xl"
          disabled={!canCharge}
          onClick={charge}
          data-testid="pos-charge"
        >
          {pos.totalPaise > 0 ? t("charge", { amount: money(pos.totalPaise) }) : t("chargeEmpty")}
        </Button>
      </section>

      {(s.phase === "confirm" || s.phase === "sending") && s.payload && data ? (
        <ChargeSheet
          payload={s.payload}
          totalPaise={pos.totalPaise}
          onDiscount={canDiscount ? pos.setDiscount : undefined}
          onBuyer={canDiscount ? pos.setBuyer : undefined}
          shop={data.shop}
          customer={s.customer}
          sending={s.phase === "sending"}
          alert={alert}
          onConfirm={() => void pos.send()}
          onCancel={pos.cancel}
        />
      ) : null}
    </div>
  );
}
