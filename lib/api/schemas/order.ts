// Orders in the API: checkout and status bodies built from the app's own schemas (payment
// methods and statuses as lower-case words), and the order as JSON for both sides.
import { z } from "zod";
import { listQuery } from "@/lib/api/pagination";
import type { OrderDto } from "@/lib/domain/order-queries";
import {
  orderStatusChange,
  placeOrderInput,
  type OrderStatusChange,
  type PlaceOrderInput,
} from "@/lib/validation/order";
import {
  API_UNITS,
  toApiUnit,
  API_ORDER_STATUSES,
  API_PAYMENTS,
  apiOrderTarget,
  apiPayment,
  iso,
  isoOrNull,
  isoString,
  toApiOrderStatus,
  toApiPayment,
  toDbOrderTarget,
  toDbPayment,
} from "./enums";

export const placeOrderBody = placeOrderInput
  .extend({ paymentMethod: apiPayment.describe("pay_later only at a shop that already keeps your account") })
  .transform((v): PlaceOrderInput => ({ ...v, paymentMethod: toDbPayment(v.paymentMethod) }));

export const orderStatusBody = orderStatusChange
  .extend({
    status: apiOrderTarget.describe(
      "Forward only: placed -> accepted -> ready -> completed; cancelled from placed or accepted (reason required)",
    ),
  })
  .transform((v): OrderStatusChange => ({ ...v, status: toDbOrderTarget(v.status) }));

export const orderListQuery = listQuery.extend({
  status: z
    .enum([...API_ORDER_STATUSES, "open"])
    .optional()
    .describe("open = placed, accepted or ready"),
});

const itemSchema = z.object({
  id: z.string(),
  productId: z.string(),
  name: z.string(),
  category: z.string(),
  unitPricePaise: z.number().int(),
  quantity: z
    .number()
    .describe("Up to 3 decimals for kg/g/litre/ml (0.25 = 250 g of a per-kg item); whole for piece/pack/dozen"),
  unit: z.enum(API_UNITS),
  lineTotalPaise: z.number().int(),
});

export const orderSchema = z.object({
  id: z.string(),
  shopId: z.string(),
  shopName: z.string(),
  customerId: z.string().describe("The customer's tab at this shop"),
  customerName: z.string(),
  status: z.enum(API_ORDER_STATUSES),
  paymentMethod: z.enum(API_PAYMENTS),
  totalPaise: z.number().int(),
  clientId: z.string(),
  note: z.string().nullable(),
  cancelReason: z.string().nullable(),
  placedAt: isoString,
  acceptedAt: isoString.nullable(),
  readyAt: isoString.nullable(),
  completedAt: isoString.nullable(),
  cancelledAt: isoString.nullable(),
  transactionId: z.string().nullable().describe("The ledger entry written when the order was completed"),
  items: z.array(itemSchema),
});
export type ApiOrder = z.infer<typeof orderSchema>;

type OrderFields = Omit<OrderDto, "userId" | "payLater">;

export const toApiOrder = (o: OrderFields): ApiOrder => ({
  id: o.id,
  shopId: o.merchantId,
  shopName: o.shopName,
  customerId: o.customerId,
  customerName: o.customerName,
  status: toApiOrderStatus(o.status),
  paymentMethod: toApiPayment(o.paymentMethod),
  totalPaise: o.totalPaise,
  clientId: o.clientId,
  note: o.note,
  cancelReason: o.cancelReason,
  placedAt: iso(o.placedAt),
  acceptedAt: isoOrNull(o.acceptedAt),
  readyAt: isoOrNull(o.readyAt),
  completedAt: isoOrNull(o.completedAt),
  cancelledAt: isoOrNull(o.cancelledAt),
  transactionId: o.transactionId,
  items: o.items.map((i) => ({
    id: i.id,
    productId: i.productId,
    name: i.name,
    category: i.category,
    unitPricePaise: i.unitPricePaise,
    quantity: i.quantity,
    unit: toApiUnit(i.unit),
    lineTotalPaise: i.lineTotalPaise,
  })),
});
