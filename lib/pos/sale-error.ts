// Which translated message the counter shows for a failed sale. The server's English text is
// never shown: the screen picks a message key (pos.errors.*) from the code, fields and details.
import type { PosCustomer, PosProduct } from "./pos-data";
import type { SaleFailure, NetworkFailure } from "./sale-payload";

export type SaleErrorMessage = {
  /** Message key under pos.errors. */
  message:
    | "insufficientStock"
    | "outOfStock"
    | "creditLimit"
    | "pickCustomer"
    | "productGone"
    | "customerGone"
    | "amount"
    | "tooLarge"
    | "invalid"
    | "signedOut"
    | "forbidden"
    | "conflict"
    | "network";
  values?: Record<string, string | number>;
  /** Resending the same sale could succeed (nothing was wrong with the sale itself). */
  retry: boolean;
};

type Ctx = {
  products: Map<string, PosProduct>;
  customer: PosCustomer | null;
  money: (paise: number) => string;
};

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

export function saleErrorMessage(f: SaleFailure | NetworkFailure, ctx: Ctx): SaleErrorMessage {
  switch (f.code) {
    case "network":
      return { message: "network", retry: true };
    case "insufficient_stock": {
      const productId = typeof f.details?.productId === "string" ? f.details.productId : "";
      const available = num(f.details?.available) ?? 0;
      const name = ctx.products.get(productId)?.name ?? "";
      return available > 0
        ? { message: "insufficientStock", values: { available, name }, retry: false }
        : { message: "outOfStock", values: { name }, retry: false };
    }
    case "credit_limit_exceeded": {
      const d = f.details ?? {};
      const name = typeof d.customerName === "string" ? d.customerName : (ctx.customer?.name ?? "");
      return {
        message: "creditLimit",
        values: {
          name,
          limit: ctx.money(num(d.limitPaise) ?? 0),
          due: ctx.money(num(d.duePaise) ?? 0),
          sale: ctx.money(num(d.salePaise) ?? 0),
        },
        retry: false,
      };
    }
    case "not_found":
      return f.fields?.customer ? { message: "customerGone", retry: false } : { message: "productGone", retry: false };
    case "invalid_input": {
      const fields = f.fields ?? {};
      if (fields.customer) return { message: "pickCustomer", retry: false };
      if (fields.amountPaise === "amount_too_large") return { message: "tooLarge", retry: false };
      if (fields.amountPaise) return { message: "amount", retry: false };
      return { message: "invalid", retry: false };
    }
    case "unauthorized":
      return { message: "signedOut", retry: false };
    case "forbidden":
      return { message: "forbidden", retry: false };
    default:
      return { message: "conflict", retry: false };
  }
}
