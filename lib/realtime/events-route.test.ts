import { afterAll, describe, expect, it } from "vitest";
import { GET as events } from "@/app/api/v1/events/route";
import { bearerFor, callRoute, sessionCookieFor } from "@/lib/api/testing";
import { getHub } from "@/lib/realtime/hub";
import { merchantAudience, userAudience } from "@/lib/realtime/events";
import { publishEvent } from "@/lib/realtime/publish";
import { makeMerchant, makeUser } from "@/lib/test/factories";

afterAll(() => getHub().close());

/** Reads an SSE body chunk by chunk; `next(pred)` resolves with the text once pred matches. */
function reader(res: Response) {
  const r = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  return {
    get text() {
      return text;
    },
    async until(pred: (t: string) => boolean, ms = 1000): Promise<boolean> {
      const deadline = Date.now() + ms;
      while (!pred(text)) {
        const left = deadline - Date.now();
        if (left <= 0) return false;
        const chunk = await Promise.race([r.read(), new Promise<null>((res) => setTimeout(() => res(null), left))]);
        if (!chunk) return pred(text);
        if (chunk.done) return pred(text);
        text += decoder.decode(chunk.value, { stream: true });
      }
      return true;
    },
  };
}

describe("GET /api/v1/events", () => {
  it("streams the merchant's own shop events as SSE, not another shop's, and cleans up on abort", async () => {
    const a = await makeMerchant();
    const b = await makeMerchant();
    const { token } = await bearerFor(a.user.id);
    const abort = new AbortController();
    const res = await callRoute(events, "/api/v1/events", { token, signal: abort.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const sse = reader(res);
    expect(await sse.until((t) => t.includes("retry: 3000"))).toBe(true);
    expect(getHub().subscriberCount(merchantAudience(a.merchant.id))).toBe(1);

    await publishEvent({ type: "sale.created", merchantId: b.merchant.id, id: "other-shop-sale" });
    await publishEvent({ type: "sale.created", merchantId: a.merchant.id, id: "my-sale", data: { amountPaise: 5000 } });
    expect(await sse.until((t) => t.includes("my-sale"))).toBe(true);
    const block = sse.text.split("\n\n").find((s) => s.includes("my-sale"))!;
    expect(block.split("\n")[0]).toBe("event: sale.created");
    expect(JSON.parse(block.split("\n")[1]!.replace(/^data: /, ""))).toMatchObject({
      type: "sale.created",
      id: "my-sale",
      data: { amountPaise: 5000 },
    });
    expect(sse.text).not.toContain("other-shop-sale");

    abort.abort();
    expect(getHub().subscriberCount(merchantAudience(a.merchant.id))).toBe(0);
  });

  it("gives a customer (by session cookie) only events naming them, filtered by ?types=", async () => {
    const shop = await makeMerchant();
    const customer = await makeUser("CUSTOMER");
    const cookie = await sessionCookieFor(customer.id);
    const abort = new AbortController();
    const res = await callRoute(events, "/api/v1/events?types=payment.created", { cookie, signal: abort.signal });
    expect(res.status).toBe(200);
    const sse = reader(res);
    await sse.until((t) => t.includes("retry"));
    await publishEvent({
      type: "sale.created",
      merchantId: shop.merchant.id,
      customerUserId: customer.id,
      id: "unwanted-type",
    });
    await publishEvent({ type: "payment.created", merchantId: shop.merchant.id, id: "not-theirs" });
    await publishEvent({
      type: "payment.created",
      merchantId: shop.merchant.id,
      customerUserId: customer.id,
      id: "their-payment",
    });
    expect(await sse.until((t) => t.includes("their-payment"))).toBe(true);
    expect(sse.text).not.toContain("not-theirs");
    expect(sse.text).not.toContain("unwanted-type");
    abort.abort();
    expect(getHub().subscriberCount(userAudience(customer.id))).toBe(0);
  });

  it("refuses the anonymous (401) and admins (403)", async () => {
    expect((await callRoute(events, "/api/v1/events")).status).toBe(401);
    const admin = await makeUser("ADMIN");
    const { token } = await bearerFor(admin.id);
    expect((await callRoute(events, "/api/v1/events", { token })).status).toBe(403);
  });
});
