// Customer orders: checkout. Stock is taken at checkout with one conditional UPDATE per
// product inside the order's transaction, so two buyers of the last unit get one success
// and one "only N left". A retried checkout (same clientId) returns the first order.
import { db, type Tx } from "@/lib/db";
import { balanceOf, lockCustomer } from "@/lib/domain/balance";
import { DomainError, isUniqueViolation, notFound } from "@/lib/domain/errors";
import { expireHeldOrders, overLimit } from "@/lib/domain/order-status";
import { findOrderByClientId, type OrderDto } from "@/lib/domain/order-queries";
import { takeStock } from "@/lib/domain/stock";
import { MAX_SALE_PAISE } from "@/lib/money";
import { fitsUnit, linePaise, toMilli } from "@/lib/quantity";
import { parseOrThrow } from "@/lib/validation/common";
import { placeOrderInput, type PlaceOrderInput } from "@/lib/validation/order";

export { cancelOrderByCustomer, changeOrderStatus, expireHeldOrders } from "@/lib/domain/order-status";
export {
  getOrder,
  listOrdersForCustomer,
  listOrdersForMerchant,
  type OrderDto,
  type OrderItemDto,
  type OrderPage,
  type OrderScope,
} from "@/lib/domain/order-queries";
export { listShopProducts, listShops, type ShopDto, type ShopProductDto } from "@/lib/domain/shops";

export type PlacedOrder = OrderDto & { replayed: boolean };

/** Orders one customer may have waiting for one shop to accept (each holds stock). */
export const MAX_OPEN_ORDERS_PER_SHOP = 3;

export const PAY_LATER_UNKNOWN =
  "Pay later is only for shops that already keep your account. Pay by cash, card or UPI this time.";

/** The first order with this clientId, if it is this user's; someone else's id is a conflict. */
async function findReplay(merchantId: string, clientId: string, userId: string): Promise<PlacedOrder | null> {
  const first = await findOrderByClientId(merchantId, clientId);
  if (!first) return null;
  if (first.userId !== userId)
    throw new DomainError("conflict", "This checkout was already used. Refresh and try again.");
  return { ...first, replayed: true };
}

type Person = { id: string; name: string; phone: string | null };

/**
 * The Customer row for this user at this shop, made on first order. A tab the shop opened
 * with the same phone is NOT attached (phones get reused; claiming goes through a claim
 * code): the new row then has no phone. ON CONFLICT DO NOTHING keeps a race harmless.
 */
async function ensureCustomer(tx: Tx, merchantId: string, user: Person): Promise<string> {
  const where = { merchantId_userId: { merchantId, userId: user.id } };
  for (const phone of user.phone ? [user.phone, null] : [null]) {
    await tx.customer.createMany({
      data: [{ merchantId, userId: user.id, name: user.name, phone }],
      skipDuplicates: true,
    });
    const c = await tx.customer.findUnique({ where, select: { id: true } });
    if (c) return c.id;
  }
  throw new Error(`could not create the customer row for user ${user.id} at shop ${merchantId}`);
}

export async function placeOrder(userId: string, input: PlaceOrderInput): Promise<PlacedOrder> {
  const data = parseOrThrow(placeOrderInput, input);
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, name: true, phone: true, disabledAt: true },
  });
  if (!user || user.disabledAt) throw new DomainError("unauthorized", "Please sign in again");
  if (user.role !== "CUSTOMER") throw new DomainError("forbidden", "Only customer accounts can place orders");
  const shop = await db.merchant.findFirst({
    where: { id: data.shopId, user: { disabledAt: null } },
    select: { id: true, orderHoldMinutes: true },
  });
  if (!shop) throw notFound("Shop not found");
  const merchantId = shop.id;

  const replay = await findReplay(merchantId, data.clientId, userId);
  if (replay) return replay;
  await expireHeldOrders(merchantId); // stock held by orders past their hold comes back first

  // The same product twice in the cart is one line; lines in id order so concurrent orders
  // lock product rows in the same order (no deadlocks).
  const qty = new Map<string, number>();
  for (const i of data.items) qty.set(i.productId, (qty.get(i.productId) ?? 0) + toMilli(i.quantity)!);
  const lines = [...qty]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([productId, quantityMilli]) => ({ productId, quantityMilli }));

  try {
    const orderId = await db.$transaction(
      async (tx) => {
        const existing = await tx.customer.findUnique({
          where: { merchantId_userId: { merchantId, userId } },
          select: { id: true },
        });
        // Pay later needs a shop that already keeps this person's account: a linked row with
        // at least one ledger entry from before this order.
        const known = existing
          ? (await tx.transaction.findFirst({
              where: { merchantId, customerId: existing.id },
              select: { id: true },
            })) !== null
          : false;
        if (data.paymentMethod === "CREDIT" && !known)
          throw new DomainError("invalid_input", PAY_LATER_UNKNOWN, { paymentMethod: PAY_LATER_UNKNOWN });
        const customerId = existing?.id ?? (await ensureCustomer(tx, merchantId, user));
        // The tab's row lock serialises this customer's checkouts at this shop: the open-order
        // count and the credit check below are exact however many arrive at once.
        const tab = await lockCustomer(tx, merchantId, customerId);
        const open = await tx.order.count({ where: { merchantId, customerId, status: "PLACED" } });
        if (open >= MAX_OPEN_ORDERS_PER_SHOP)
          throw new DomainError(
            "rate_limited",
            `At most ${MAX_OPEN_ORDERS_PER_SHOP} orders may wait for this shop to accept them`,
            undefined,
            { reason: "too_many_open_orders", limit: MAX_OPEN_ORDERS_PER_SHOP, retryAfterSeconds: 300 },
          );

        const products = await tx.product.findMany({
          where: { id: { in: lines.map((l) => l.productId) }, merchantId },
          select: { id: true, name: true, category: true, pricePaise: true, archivedAt: true, unit: true },
        });
        const byId = new Map(products.map((p) => [p.id, p]));
        const priced = lines.map((l) => {
          const p = byId.get(l.productId);
          if (!p)
            throw new DomainError("invalid_input", "An item in your cart is not sold by this shop", undefined, {
              productId: l.productId,
            });
          if (p.archivedAt)
            throw new DomainError("invalid_input", `${p.name} is no longer sold here`, undefined, { productId: p.id });
          if (!fitsUnit(l.quantityMilli, p.unit))
            throw new DomainError("invalid_input", `${p.name} sells in whole units`, { items: "quantity_whole" });
          return {
            ...l,
            name: p.name,
            category: p.category,
            unit: p.unit,
            unitPricePaise: p.pricePaise,
            lineTotalPaise: linePaise(l.quantityMilli, p.pricePaise),
          };
        });
        const totalPaise = priced.reduce((s, l) => s + l.lineTotalPaise, 0);
        if (totalPaise > MAX_SALE_PAISE)
          throw new DomainError("invalid_input", "This order is above the ₹10,00,000 limit");
        if (totalPaise <= 0)
          throw new DomainError("invalid_input", "An order must cost more than ₹0", { items: "order_total_zero" });
        if (data.paymentMethod === "CREDIT" && tab.creditLimitPaise !== null) {
          // What the tab owes plus the pay-later orders not yet handed over, plus this one.
          const [due, pending] = await Promise.all([
            balanceOf(tx, merchantId, customerId),
            tx.order.aggregate({
              where: {
                merchantId,
                customerId,
                paymentMethod: "CREDIT",
                status: { in: ["PLACED", "ACCEPTED", "READY"] },
              },
              _sum: { totalPaise: true },
            }),
          ]);
          const owed = due + (pending._sum.totalPaise ?? 0);
          if (owed + totalPaise > tab.creditLimitPaise) throw overLimit(tab, owed, totalPaise);
        }

        // The order row first: its unique (merchantId, clientId) makes a concurrent retry wait
        // here and then fail as a duplicate (-> replay), instead of racing for the stock.
        const order = await tx.order.create({
          data: {
            merchantId,
            customerId,
            userId,
            paymentMethod: data.paymentMethod,
            totalPaise,
            clientId: data.clientId,
            note: data.note ?? null,
            holdExpiresAt: new Date(Date.now() + shop.orderHoldMinutes * 60_000),
            items: {
              createMany: {
                data: priced.map((l) => ({
                  merchantId,
                  productId: l.productId,
                  name: l.name,
                  category: l.category,
                  unitPricePaise: l.unitPricePaise,
                  quantityMilli: l.quantityMilli,
                  unit: l.unit,
                  lineTotalPaise: l.lineTotalPaise,
                })),
              },
            },
          },
          select: { id: true },
        });
        // Last, so the product row locks (taken in id order) are held for as short a time as possible.
        await takeStock(tx, { merchantId, reason: "ORDER", refId: order.id, actorId: userId }, priced, {
          listedOnly: true,
        });
        return order.id;
      },
      { maxWait: 15_000, timeout: 20_000 },
    );
    const placed = await findOrderByClientId(merchantId, data.clientId);
    if (!placed || placed.id !== orderId) throw new Error(`order ${orderId} vanished after commit`);
    return { ...placed, replayed: false };
  } catch (err) {
    if (isUniqueViolation(err)) {
      const replayed = await findReplay(merchantId, data.clientId, userId);
      if (replayed) return replayed;
    }
    throw err;
  }
}
