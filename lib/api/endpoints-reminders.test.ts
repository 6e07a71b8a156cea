import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as carryOut } from "@/app/api/v1/deletion-requests/[id]/carry-out/route";
import { GET as listDeletions, POST as askDeletion } from "@/app/api/v1/deletion-requests/route";
import { GET as myData } from "@/app/api/v1/me/data/route";
import { DELETE as unsubscribe, POST as subscribe } from "@/app/api/v1/push-subscriptions/route";
import { PATCH as doNotRemind } from "@/app/api/v1/reminders/[customerId]/route";
import { POST as remindBulk } from "@/app/api/v1/reminders/bulk/route";
import { GET as listReminders, POST as remind } from "@/app/api/v1/reminders/route";
import { bearerFor, callRoute } from "@/lib/api/testing";
import { db } from "@/lib/db";
import { makeCustomer, makeMerchant, makeUser } from "@/lib/test/factories";

type Json = Record<string, any>;
const w = {} as { shop: string; other: string; customer: string; old: string; recent: string; merchantId: string };

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "test-secret-for-vitest-only-0123456789abcdef";
  const a = await makeMerchant({ shopName: "API Kirana" });
  const b = await makeMerchant();
  const u = await makeUser("CUSTOMER");
  w.merchantId = a.merchant.id;
  w.shop = (await bearerFor(a.user.id)).token;
  w.other = (await bearerFor(b.user.id)).token;
  w.customer = (await bearerFor(u.id)).token;
  w.old = (await makeCustomer(a.merchant.id, { name: "Old Due", phone: "9822200001", userId: u.id })).id;
  w.recent = (await makeCustomer(a.merchant.id, { name: "New Due", phone: "9822200002" })).id;
  for (const [customerId, days] of [
    [w.old, 45],
    [w.recent, 5],
  ] as const)
    await db.transaction.create({
      data: {
        merchantId: a.merchant.id,
        customerId,
        type: "CREDIT_SALE",
        method: "CREDIT",
        amountPaise: 10_000,
        occurredAt: new Date(Date.now() - days * 86_400_000),
        clientId: crypto.randomUUID(),
      },
    });
});

describe("/api/v1/reminders", () => {
  it("lists dues oldest first, reminds one tab (201 with the wa.me link), refuses a do-not-remind tab (409), bulk skips it", async () => {
    const list = (await (await callRoute(listReminders, "/api/v1/reminders", { token: w.shop })).json()) as Json;
    expect(list.items.map((r: Json) => r.customerId)).toEqual([w.old, w.recent]);

    const res = await callRoute(remind, "/api/v1/reminders", { token: w.shop, body: { customerId: w.old } });
    expect(res.status).toBe(201);
    const sent = (await res.json()) as Json;
    expect(sent.whatsappUrl).toMatch(/^https:\/\/wa\.me\/919822200001\?text=/);
    expect(sent.statementUrl).toMatch(/^http:\/\/localhost\/s\//);

    const other = await callRoute(remind, "/api/v1/reminders", { token: w.other, body: { customerId: w.old } });
    expect(other.status).toBe(404);
    expect(
      (await callRoute(remind, "/api/v1/reminders", { token: w.customer, body: { customerId: w.old } })).status,
    ).toBe(403);

    const off = await callRoute(doNotRemind, `/api/v1/reminders/${w.old}`, {
      method: "PATCH",
      token: w.shop,
      params: { customerId: w.old },
      body: { doNotRemind: true },
    });
    expect(await off.json()).toEqual({ customerId: w.old, doNotRemind: true });
    const refused = await callRoute(remind, "/api/v1/reminders", { token: w.shop, body: { customerId: w.old } });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as Json).error.details).toEqual({ reason: "do_not_remind" });

    const bulk = (await (
      await callRoute(remindBulk, "/api/v1/reminders/bulk", { token: w.shop, body: { olderThanDays: 1 } })
    ).json()) as Json;
    expect(bulk.reminders.map((r: Json) => r.customerId)).toEqual([w.recent]);
  });
});

describe("/api/v1/push-subscriptions", () => {
  it("a customer subscribes a device (https only) and unsubscribes it; a shop cannot", async () => {
    const sub = {
      endpoint: `https://push.example.test/${crypto.randomUUID()}`,
      keys: { p256dh: "B".repeat(87), auth: "A".repeat(22) },
    };
    const res = await callRoute(subscribe, "/api/v1/push-subscriptions", { token: w.customer, body: sub });
    expect(res.status).toBe(201);
    expect(
      (
        await callRoute(subscribe, "/api/v1/push-subscriptions", {
          token: w.customer,
          body: { ...sub, endpoint: "http://insecure.test/x" },
        })
      ).status,
    ).toBe(400);
    expect((await callRoute(subscribe, "/api/v1/push-subscriptions", { token: w.shop, body: sub })).status).toBe(403);
    const del = await callRoute(
      unsubscribe,
      `/api/v1/push-subscriptions?endpoint=${encodeURIComponent(sub.endpoint)}`,
      { method: "DELETE", token: w.customer },
    );
    expect(await del.json()).toEqual({ removed: 1 });
  });
});

describe("/api/v1/me/data and /api/v1/deletion-requests", () => {
  it("the customer downloads their data and asks for a tab's deletion; the shop sees it and carries it out", async () => {
    const data = (await (await callRoute(myData, "/api/v1/me/data", { token: w.customer })).json()) as Json;
    expect(data.tabs.map((t: Json) => t.shop)).toEqual(["API Kirana"]);

    const asked = await callRoute(askDeletion, "/api/v1/deletion-requests", {
      token: w.customer,
      body: { customerId: w.old },
    });
    expect(asked.status).toBe(201);
    const req = (await asked.json()) as Json;
    expect(
      (await callRoute(askDeletion, "/api/v1/deletion-requests", { token: w.customer, body: { customerId: w.recent } }))
        .status,
    ).toBe(404); // not their tab
    const waiting = (await (
      await callRoute(listDeletions, "/api/v1/deletion-requests", { token: w.shop })
    ).json()) as Json;
    expect(waiting.items.map((r: Json) => r.id)).toEqual([req.id]);
    expect(
      (
        await callRoute(carryOut, `/api/v1/deletion-requests/${req.id}/carry-out`, {
          method: "POST",
          token: w.other,
          params: { id: req.id },
        })
      ).status,
    ).toBe(404);
    const done = (await (
      await callRoute(carryOut, `/api/v1/deletion-requests/${req.id}/carry-out`, {
        method: "POST",
        token: w.shop,
        params: { id: req.id },
      })
    ).json()) as Json;
    expect(done).toMatchObject({ status: "DONE", outcome: "anonymised" });
  });
});
