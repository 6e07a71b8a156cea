import crypto from "node:crypto";
import webpush from "web-push";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { notifyOrderStatus } from "@/lib/push/order-status";
import { startPushSink, PUSH_TEST_CA_FILE } from "@/lib/push/testing/push-sink";
import { verifyStatementToken } from "@/lib/domain/statement-link";
import { listReminders } from "@/lib/queries/reminders";
import { makeCustomer, makeMerchant, makeUser } from "@/lib/test/factories";
import { subscribeToPush } from "./push";
import { changeDoNotRemind, remindAllOlderThan, remindTab } from "./reminders";

const ORIGIN = "http://localhost:3000";
let sink: Awaited<ReturnType<typeof startPushSink>>;

beforeAll(async () => {
  // VAPID keys made once for the run, as scripts/run.ts does for the app.
  const keys = webpush.generateVAPIDKeys();
  process.env.VAPID_PUBLIC_KEY = keys.publicKey;
  process.env.VAPID_PRIVATE_KEY = keys.privateKey;
  process.env.PUSH_TEST_CA = PUSH_TEST_CA_FILE;
  process.env.AUTH_SECRET ??= "test-secret-for-vitest-only-0123456789abcdef";
  sink = await startPushSink();
});
afterAll(() => sink.close());

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
async function credit(merchantId: string, customerId: string, amountPaise: number, at: Date) {
  await db.transaction.create({
    data: {
      merchantId,
      customerId,
      type: "CREDIT_SALE",
      method: "CREDIT",
      amountPaise,
      occurredAt: at,
      clientId: crypto.randomUUID(),
    },
  });
}

async function shopWithDues() {
  const { user, merchant } = await makeMerchant({ shopName: "Sharma Kirana" });
  const u = await makeUser("CUSTOMER", { name: "Priya Patel" });
  await db.user.update({ where: { id: u.id }, data: { locale: "hi" } });
  const priya = await makeCustomer(merchant.id, { name: "Priya Patel", phone: "9876500001", userId: u.id });
  const ravi = await makeCustomer(merchant.id, { name: "Ravi Kumar", phone: "9876500002" });
  const meena = await makeCustomer(merchant.id, { name: "Meena Das", phone: "9876500003" });
  await credit(merchant.id, priya.id, 45_000, daysAgo(40));
  await credit(merchant.id, ravi.id, 90_000, daysAgo(10));
  await credit(merchant.id, meena.id, 20_000, daysAgo(40));
  return { actor: { userId: user.id, merchantId: merchant.id }, merchant, u, priya, ravi, meena };
}

describe("due reminders", () => {
  it("lists tabs with dues oldest first, then the largest", async () => {
    const { merchant, priya, ravi, meena } = await shopWithDues();
    const rows = await listReminders(merchant.id, "Asia/Kolkata");
    expect(rows.map((r) => r.customerId)).toEqual([priya.id, meena.id, ravi.id]);
    expect(rows[0]).toMatchObject({ duePaise: 45_000, lastRemindedAt: null, doNotRemind: false, locale: "hi" });
  });

  it("one tap: a WhatsApp message in the customer's language with the due, a signed statement link and a UPI link, and a push to their app", async () => {
    const { actor, merchant, u, priya } = await shopWithDues();
    const device = sink.subscription();
    await subscribeToPush({ userId: u.id }, device);
    const before = sink.received.length;

    const { value: r } = await remindTab(actor, { customerId: priya.id }, ORIGIN);
    expect(r.whatsappUrl.startsWith("https://wa.me/919876500001?text=")).toBe(true);
    const text = decodeURIComponent(r.whatsappUrl.split("?text=")[1]!);
    expect(text).toBe(r.text);
    expect(text).toContain("नमस्ते Priya Patel");
    expect(text).toContain("₹450.00");
    expect(text).toMatch(/http:\/\/localhost:3000\/s\/[\w-]+\.\d+\.[\w-]{43}/);
    expect(text).toContain("upi://pay?pa=testshop@okaxis&pn=Sharma%20Kirana&am=450.00&cu=INR");
    // The statement link is a real, signed link to this tab.
    const linkId = verifyStatementToken(r.statementUrl.split("/s/")[1]!);
    expect(await db.statementLink.findUnique({ where: { id: linkId! }, select: { customerId: true } })).toEqual({
      customerId: priya.id,
    });

    // The real web-push library signed and encrypted it; the push service got exactly one.
    expect(r.pushed).toBe(1);
    const got = sink.received.slice(before);
    expect(got).toHaveLength(1);
    expect(got[0]!.headers["content-encoding"]).toBe("aes128gcm");
    expect(String(got[0]!.headers.authorization)).toMatch(/^vapid t=[\w-]+\.[\w-]+\.[\w-]+, k=[\w-]+$/);
    expect(got[0]!.payload).toEqual({
      title: "Sharma Kirana: भुगतान की याद",
      body: "आपके खाते में ₹450.00 बाकी है। अपने बिल देखने के लिए टैप करें।",
      url: `/customer/bills/${priya.id}`,
      tag: `due-${priya.id}`,
    });

    const row = (await listReminders(merchant.id, "Asia/Kolkata")).find((x) => x.customerId === priya.id)!;
    expect(row.lastRemindedAt?.getTime()).toBe(r.remindedAt.getTime());
  });

  it("a tab without an account gets the message in the shop's language and no push; a device that unsubscribed is forgotten", async () => {
    const { actor, u, ravi, priya } = await shopWithDues();
    const { value: r } = await remindTab(actor, { customerId: ravi.id }, ORIGIN);
    expect(r.text).toContain("Namaste Ravi Kumar, a reminder from Sharma Kirana: ₹900.00 is due on your khata.");
    expect(r.pushed).toBe(0);

    const device = sink.subscription();
    await subscribeToPush({ userId: u.id }, device);
    sink.unsubscribe(device.endpoint);
    expect((await remindTab(actor, { customerId: priya.id }, ORIGIN)).value.pushed).toBe(0);
    expect(await db.pushSubscription.count({ where: { endpoint: device.endpoint } })).toBe(0);
  });

  it("remind all over 30 days skips newer dues and 'do not remind' tabs; a do-not-remind tab refuses a single reminder", async () => {
    const { actor, priya, meena } = await shopWithDues();
    await changeDoNotRemind(actor, { customerId: meena.id, doNotRemind: true });
    const { value: bulk } = await remindAllOlderThan(actor, {}, ORIGIN);
    expect(bulk.reminders.map((r) => r.customerId)).toEqual([priya.id]);
    await expect(remindTab(actor, { customerId: meena.id }, ORIGIN)).rejects.toMatchObject({
      code: "conflict",
      details: { reason: "do_not_remind" },
    });
  });

  it("another shop's tab is not found", async () => {
    const { priya } = await shopWithDues();
    const other = await makeMerchant();
    await expect(
      remindTab({ userId: other.user.id, merchantId: other.merchant.id }, { customerId: priya.id }, ORIGIN),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      changeDoNotRemind(
        { userId: other.user.id, merchantId: other.merchant.id },
        { customerId: priya.id, doNotRemind: true },
      ),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("an order's status change reaches the customer's app in their language", async () => {
    const { merchant, u, priya } = await shopWithDues();
    const device = sink.subscription();
    await subscribeToPush({ userId: u.id }, device);
    const order = await db.order.create({
      data: {
        merchantId: merchant.id,
        customerId: priya.id,
        userId: u.id,
        status: "READY",
        paymentMethod: "CASH",
        totalPaise: 100,
        clientId: crypto.randomUUID(),
      },
    });
    const before = sink.received.length;
    expect(await notifyOrderStatus({ ...order, merchantId: merchant.id })).toBe(1);
    expect(sink.received.slice(before).map((r) => r.payload)).toEqual([
      {
        title: "Sharma Kirana: आपका ऑर्डर",
        body: "आपका ऑर्डर लेने के लिए तैयार है।",
        url: `/customer/orders/${order.id}`,
        tag: `order-${order.id}`,
      },
    ]);
    // A status the customer does not need to hear about sends nothing.
    expect(await notifyOrderStatus({ ...order, status: "PLACED", merchantId: merchant.id })).toBe(0);
  });
});
