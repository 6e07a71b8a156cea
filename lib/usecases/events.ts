// Typed live events, one announcer per kind of change, published after the response
// (core.afterResponse). No action or route builds an event payload by hand.
import "server-only";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { customerUserIdOf } from "@/lib/queries/customers";
import { publishEvent } from "@/lib/realtime/publish";
import { afterResponse } from "./core";

type OrderFacts = { id: string; merchantId: string; userId: string; status: OrderStatus; totalPaise?: number };
type LedgerFacts = { id: string; customerId: string | null; amountPaise: number };

export const announce = {
  orderPlaced: (o: OrderFacts) =>
    afterResponse("order.created", () =>
      publishEvent({
        type: "order.created",
        merchantId: o.merchantId,
        customerUserId: o.userId,
        id: o.id,
        data: { status: o.status, totalPaise: o.totalPaise },
      }),
    ),
  orderUpdated: (o: OrderFacts) =>
    afterResponse("order.updated", () =>
      publishEvent({
        type: "order.updated",
        merchantId: o.merchantId,
        customerUserId: o.userId,
        id: o.id,
        data: { status: o.status },
      }),
    ),
  saleVoided: (merchantId: string, saleId: string, v: LedgerFacts) =>
    afterResponse("sale.voided", async () =>
      publishEvent({
        type: "sale.voided",
        merchantId,
        customerUserId: await customerUserIdOf(merchantId, v.customerId),
        id: saleId,
        data: { voidId: v.id, amountPaise: v.amountPaise, customerId: v.customerId },
      }),
    ),
  paymentRecorded: (merchantId: string, p: LedgerFacts & { duePaise: number }) =>
    afterResponse("payment.created", async () =>
      publishEvent({
        type: "payment.created",
        merchantId,
        customerUserId: await customerUserIdOf(merchantId, p.customerId),
        id: p.id,
        data: { customerId: p.customerId, amountPaise: p.amountPaise, duePaise: p.duePaise },
      }),
    ),
  productUpdated: (merchantId: string, productId: string, data?: Record<string, unknown>) =>
    afterResponse("product.updated", () => publishEvent({ type: "product.updated", merchantId, id: productId, data })),
  /** A tab changed (a new tab, a limit, a dispute, a claim): the shop's lists and the customer hear it. */
  customerUpdated: (
    merchantId: string,
    id: string,
    data?: Record<string, unknown>,
    customerUserId: string | null = null,
  ) =>
    afterResponse("customer.updated", () =>
      publishEvent({ type: "customer.updated", merchantId, customerUserId, id, data }),
    ),
  claimCreated: (c: { id: string; merchantId: string; userId: string; customerId: string; amountPaise: number }) =>
    afterResponse("claim.created", () =>
      publishEvent({
        type: "claim.created",
        merchantId: c.merchantId,
        customerUserId: c.userId,
        id: c.id,
        data: { customerId: c.customerId, amountPaise: c.amountPaise },
      }),
    ),
  claimResolved: (c: { id: string; merchantId: string; userId: string; status: string }) =>
    afterResponse("claim.resolved", () =>
      publishEvent({
        type: "claim.resolved",
        merchantId: c.merchantId,
        customerUserId: c.userId,
        id: c.id,
        data: { status: c.status },
      }),
    ),
};
