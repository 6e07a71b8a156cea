// Customer orders: checkout. Stock is taken at checkout with one conditional UPDATE per
// product inside the order's transaction, so two buyers of the last unit get one success
// and one "only N left". A retried checkout (same clientId) returns the first order.
import { db, type Tx } from "@/lib/db";
import { DomainError, insufficientStock, isUniqueViolation, notFound } from "@/lib/domain/errors";
import { findOrderByClientId, type OrderDto } from "@/lib/domain/order-queries";
import { MAX_SALE_PAISE } from "@/lib/money";
import { parseOrThrow } from "@/lib/validation/common";
import { placeOrderInput, type PlaceOrderInput } from "@/lib/validation/order";

export { cancelOrderByCustomer, changeOrderStatus } from "@/lib/domain/order-status";
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
    select: { id: true },
  });
  if (!shop) throw notFound("Shop not found");
  const merchantId = shop.id;

  const replay = await findReplay(merchantId, data.clientId, userId);
  if (replay) return replay;

  // The same product twice in the cart is one line; lines in id order so concurrent orders
  // lock product rows in the same order (no deadlocks).
  const qty = new Map<string, number>();
  for (const i of data.items) qty.set(i.productId, (qty.get(i.productId) ?? 0) + i.quantity);
  const lines = [...qty]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([productId, quantity]) => ({ productId, quantity }));

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

        const products = await tx.product.findMany({
          where: { id: { in: lines.map((l) => l.productId) }, merchantId },
          select: { id: true, name: true, category: true, pricePaise: true, archivedAt: true },
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
          return {
            ...l,
            name: p.name,
            category: p.category,
            unitPricePaise: p.pricePaise,
            lineTotalPaise: p.pricePaise * l.quantity,
          };
        });
        const totalPaise = priced.reduce((s, l) => s + l.lineTotalPaise, 0);
        if (totalPaise > MAX_SALE_PAISE)
          throw new DomainError("invalid_input", "This order is above the ₹10,00,000 limit");

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
            items: {
              createMany: {
                data: priced.map((l) => ({
                  merchantId,
                  productId: l.productId,
                  name: l.name,
                  category: l.category,
                  unitPricePaise: l.unitPricePaise,
                  quantity: l.quantity,
                  lineTotalPaise: l.lineTotalPaise,
                })),
              },
            },
          },
          select: { id: true },
        });
        await tx.stockMovement.createMany({
          data: priced.map((l) => ({
            merchantId,
            productId: l.productId,
            delta: -l.quantity,
            reason: "ORDER" as const,
            refId: order.id,
            createdById: userId,
          })),
        });
        // Last, so the product row locks are held for as short a time as possible.
        for (const l of priced) {
          const took = await tx.product.updateManyAndReturn({
            where: { id: l.productId, merchantId, archivedAt: null, stock: { gte: l.quantity } },
            data: { stock: { decrement: l.quantity } },
            select: { id: true },
          });
          if (!took.length) {
            const live = await tx.product.findUnique({
              where: { id: l.productId },
              select: { stock: true, archivedAt: true },
            });
            if (!live || live.archivedAt)
              throw new DomainError("invalid_input", `${l.name} is no longer sold here`, undefined, {
                productId: l.productId,
              });
            throw insufficientStock({ productId: l.productId, name: l.name, available: live.stock });
          }
        }
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
