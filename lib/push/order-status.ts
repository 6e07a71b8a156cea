// An order's status change, as a push notification to the customer's app (accepted, ready
// for pickup, completed, cancelled), in their language. Called after the response.
import "server-only";
import { createTranslator } from "next-intl";
import { db } from "@/lib/db";
import { catalogs } from "@/messages";
import { pushToUser } from "./send";

const NOTIFIED = new Set(["ACCEPTED", "READY", "COMPLETED", "CANCELLED"]);

export async function notifyOrderStatus(o: { id: string; userId: string; merchantId: string; status: string }) {
  if (!NOTIFIED.has(o.status)) return 0;
  try {
    const [user, shop] = await Promise.all([
      db.user.findUnique({ where: { id: o.userId }, select: { locale: true } }),
      db.merchant.findUnique({ where: { id: o.merchantId }, select: { shopName: true } }),
    ]);
    const locale = user?.locale === "hi" ? "hi" : "en";
    const t = createTranslator({ locale, messages: catalogs[locale], namespace: "orders.customer.push" });
    return await pushToUser(o.userId, {
      title: t("title", { shop: shop?.shopName ?? "" }),
      body: t(o.status as "READY"),
      url: `/customer/orders/${o.id}`,
      tag: `order-${o.id}`,
    });
  } catch (err) {
    console.error("[push] order status", { orderId: o.id }, err);
    return 0;
  }
}
