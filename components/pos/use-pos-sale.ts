"use client";
// The counter's state: calculator, cart, customer, method, and the sale's life from "Charge"
// to the receipt. The clientId is made when a sale starts and kept through every retry, so a
// double tap or a resend after a network failure records the sale once.
import { useCallback, useMemo, useReducer } from "react";
import type { SaleReceiptWithShop } from "@/lib/domain/sale-receipt";
import { MAX_SALE_PAISE } from "@/lib/money";
import { EMPTY_CALC, evaluate, hasOperator, press, type CalcKey, type CalcState } from "@/lib/pos/calculator";
import { discountOf } from "@/lib/domain/gst-tax";
import {
  addToCart,
  cartTotalPaise,
  overCreditLimit,
  setLineDiscount,
  setQuantity,
  type CartDiscount,
  type CartLine,
} from "@/lib/pos/cart";
import { newClientId } from "@/lib/pos/client-id";
import { isWeighed } from "@/lib/quantity";
import type { PosCustomer, PosProduct } from "@/lib/pos/pos-data";
import type { NetworkFailure, PosBuyer, PosMethod, SaleFailure, SalePayload } from "@/lib/pos/sale-payload";
import { submitSale } from "./sale-transport";

export type NewCustomer = { name: string; phone?: string };
/** An offline sale as the device saw it: totals from the snapshot prices (the server reprices on sync). */
export type ProvisionalSale = { payload: SalePayload; totalPaise: number; customerName: string | null };
export type Phase = "selling" | "confirm" | "sending" | "done";

type State = {
  calc: CalcState;
  cart: CartLine[];
  customer: PosCustomer | null;
  newCustomer: NewCustomer | null;
  method: PosMethod;
  clientId: string;
  phase: Phase;
  /** Frozen when Charge is tapped: what the confirm sheet shows is exactly what is sent. */
  payload: SalePayload | null;
  receipt: SaleReceiptWithShop | null;
  /** Saved on this device only (no network): what the provisional receipt shows. */
  provisional: ProvisionalSale | null;
  error: SaleFailure | NetworkFailure | null;
  /** Pay later was charged with nobody picked: say so, open the picker, record nothing. */
  needCustomer: boolean;
  pickerOpen: boolean;
};

type Action =
  | { type: "key"; key: CalcKey }
  | { type: "calc"; calc: CalcState }
  | { type: "add"; productId: string; by: number; unit: string; clearCalc: boolean }
  | { type: "quantity"; productId: string; quantity: number; unit: string }
  | { type: "method"; method: PosMethod }
  | { type: "customer"; customer: PosCustomer | null; newCustomer: NewCustomer | null }
  | { type: "picker"; open: boolean }
  | { type: "needCustomer" }
  | { type: "confirm"; payload: SalePayload }
  | { type: "discount"; discount: SalePayload["discount"] }
  | { type: "lineDiscount"; productId: string; discount: CartDiscount | undefined }
  | { type: "buyer"; buyer: PosBuyer | undefined }
  | { type: "cancel" }
  | { type: "sending" }
  | { type: "failed"; error: SaleFailure | NetworkFailure }
  | { type: "done"; receipt: SaleReceiptWithShop }
  | { type: "queued"; provisional: ProvisionalSale }
  | { type: "reset" };

const fresh = (): State => ({
  calc: EMPTY_CALC,
  cart: [],
  customer: null,
  newCustomer: null,
  method: "CASH",
  clientId: newClientId(),
  phase: "selling",
  payload: null,
  receipt: null,
  provisional: null,
  error: null,
  needCustomer: false,
  pickerOpen: false,
});

function reducer(s: State, a: Action): State {
  // Nothing about the sale changes while it is on its way to the server.
  if (s.phase === "sending" && a.type !== "failed" && a.type !== "done" && a.type !== "queued") return s;
  switch (a.type) {
    case "key":
      return { ...s, calc: press(s.calc, a.key), error: null };
    case "calc":
      return { ...s, calc: a.calc };
    case "add":
      return {
        ...s,
        cart: addToCart(s.cart, a.productId, a.by, a.unit),
        calc: a.clearCalc ? EMPTY_CALC : s.calc,
        error: null,
      };
    case "quantity":
      return { ...s, cart: setQuantity(s.cart, a.productId, a.quantity, a.unit), error: null };
    case "method":
      return { ...s, method: a.method, error: null, needCustomer: a.method === "CREDIT" ? s.needCustomer : false };
    case "customer":
      return {
        ...s,
        customer: a.customer,
        newCustomer: a.newCustomer,
        pickerOpen: false,
        needCustomer: false,
        error: null,
      };
    case "picker":
      return { ...s, pickerOpen: a.open };
    case "needCustomer":
      return { ...s, needCustomer: true, pickerOpen: true };
    case "confirm":
      return { ...s, phase: "confirm", payload: a.payload, error: null, needCustomer: false };
    case "discount":
      // Only while confirming: the same clientId goes out with whatever discount is set.
      return s.payload && s.phase === "confirm" ? { ...s, payload: { ...s.payload, discount: a.discount } } : s;
    case "lineDiscount":
      return { ...s, cart: setLineDiscount(s.cart, a.productId, a.discount), error: null };
    case "buyer":
      // Like the bill discount: set on the confirm sheet, sent with the same clientId.
      return s.payload && s.phase === "confirm" ? { ...s, payload: { ...s.payload, buyer: a.buyer } } : s;
    case "cancel":
      return { ...s, phase: "selling", payload: null, error: null };
    case "sending":
      return { ...s, phase: "sending", error: null };
    // A network failure keeps the sheet open for Retry; a refusal returns to the cart to fix it.
    case "failed":
      return { ...s, phase: a.error.code === "network" ? "confirm" : "selling", error: a.error };
    case "done":
      return { ...s, phase: "done", receipt: a.receipt, error: null };
    case "queued":
      return { ...s, phase: "done", provisional: a.provisional, error: null };
    case "reset":
      return fresh();
  }
}

export function usePosSale(
  products: PosProduct[],
  sellPastStock = false,
  canAllowOverLimit = false,
  canDiscount = false,
) {
  const [s, dispatch] = useReducer(reducer, undefined, fresh);
  const byId = useMemo(() => new Map(products.map((p) => [p.id, p])), [products]);

  const calcResult = useMemo(() => evaluate(s.calc.tokens), [s.calc.tokens]);
  const calcPaise = calcResult.ok ? calcResult.paise : 0;
  const itemsPaise = cartTotalPaise(s.cart, byId);
  const totalPaise = calcPaise + itemsPaise;
  const canCharge = calcResult.ok && totalPaise > 0 && totalPaise <= MAX_SALE_PAISE && s.phase === "selling";

  const charge = useCallback(() => {
    if (!canCharge) return;
    if (s.method === "CREDIT" && !s.customer && !s.newCustomer) return dispatch({ type: "needCustomer" });
    // "120+35" is charged as 155: show the evaluated amount on the display as well.
    if (hasOperator(s.calc.tokens)) dispatch({ type: "key", key: "=" });
    dispatch({
      type: "confirm",
      payload: {
        clientId: s.clientId,
        method: s.method,
        ...(calcPaise > 0 ? { amountPaise: calcPaise } : {}),
        ...(s.cart.length
          ? {
              items: s.cart.map((l) => ({
                productId: l.productId,
                quantity: l.quantity,
                // Only someone who may give it sends it (the server refuses anyone else).
                ...(canDiscount && l.discount ? { discount: l.discount } : {}),
              })),
            }
          : {}),
        ...(s.customer ? { customerId: s.customer.id } : s.newCustomer ? { newCustomer: s.newCustomer } : {}),
        // The cart already showed the shortfall; the shop's setting decides (the server re-checks it).
        ...(sellPastStock && s.cart.some((l) => l.quantity > (byId.get(l.productId)?.stock ?? 0))
          ? { allowShortStock: true }
          : {}),
        // Only sent when this person may allow it; the sheet says so on its confirm button.
        ...(s.method === "CREDIT" && canAllowOverLimit && overCreditLimit(s.customer, calcPaise + itemsPaise)
          ? { allowOverLimit: true }
          : {}),
      },
    });
  }, [
    canCharge,
    s.method,
    s.customer,
    s.newCustomer,
    s.calc.tokens,
    s.clientId,
    s.cart,
    calcPaise,
    sellPastStock,
    byId,
    canAllowOverLimit,
    canDiscount,
    itemsPaise,
  ]);

  const send = useCallback(async () => {
    if (!s.payload || s.phase !== "confirm") return;
    dispatch({ type: "sending" });
    const res = await submitSale(s.payload);
    if (!res.ok) return dispatch({ type: "failed", error: res });
    if ("queued" in res) {
      const customerName = s.payload.buyer?.name ?? s.customer?.name ?? s.newCustomer?.name ?? null;
      // The device's total after the bill discount too (the line discounts are in totalPaise).
      const net = totalPaise - discountOf(totalPaise, s.payload.discount);
      return dispatch({ type: "queued", provisional: { payload: res.payload, totalPaise: net, customerName } });
    }
    dispatch({ type: "done", receipt: res.receipt });
  }, [s.payload, s.phase, s.customer, s.newCustomer, totalPaise]);

  return {
    state: s,
    byId,
    calcResult,
    calcPaise,
    itemsPaise,
    totalPaise,
    canCharge,
    charge,
    send,
    key: (key: CalcKey) => dispatch({ type: "key", key }),
    /** Put the calculator back as it was (digits a barcode scanner typed were not an amount). */
    restoreCalc: (calc: CalcState) => dispatch({ type: "calc", calc }),
    /**
     * Add one unit; for a loose item with a plain number on the keypad ("0.25", then the dal),
     * that number is the weight or volume in the product's unit, and the keypad clears.
     * `by` (a scanned scale barcode) wins over both.
     */
    addProduct: (productId: string, by?: number) => {
      const unit = byId.get(productId)?.unit ?? "PIECE";
      const keypadWeight =
        by === undefined && isWeighed(unit) && calcResult.ok && calcPaise > 0 && !hasOperator(s.calc.tokens);
      const qty = by ?? (keypadWeight ? calcPaise / 100 : 1);
      dispatch({ type: "add", productId, by: qty, unit, clearCalc: keypadWeight });
    },
    setQuantity: (productId: string, quantity: number) =>
      dispatch({ type: "quantity", productId, quantity, unit: byId.get(productId)?.unit ?? "PIECE" }),
    setMethod: (method: PosMethod) => dispatch({ type: "method", method }),
    setCustomer: (customer: PosCustomer | null, newCustomer: NewCustomer | null = null) =>
      dispatch({ type: "customer", customer, newCustomer }),
    openPicker: (open: boolean) => dispatch({ type: "picker", open }),
    cancel: () => dispatch({ type: "cancel" }),
    // permission: discount_over_limit (the screen offers these only when canDiscount)
    setDiscount: (discount: SalePayload["discount"]) => dispatch({ type: "discount", discount }),
    setLineDiscount: (productId: string, discount: CartDiscount | undefined) =>
      dispatch({ type: "lineDiscount", productId, discount }),
    setBuyer: (buyer: PosBuyer | undefined) => dispatch({ type: "buyer", buyer }),
    newSale: () => dispatch({ type: "reset" }),
  };
}
