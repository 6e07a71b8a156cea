import { beforeAll, describe, expect, it } from "vitest";
import { GET, PATCH } from "@/app/api/v1/shop/route";
import { bearerFor, callRoute } from "@/lib/api/testing";
import { db } from "@/lib/db";
import { makeMerchant } from "@/lib/test/factories";

type Json = Record<string, any>;
const json = async (res: Response) => (await res.json()) as Json;

let token: string;
let merchantId: string;

beforeAll(async () => {
  const { user, merchant } = await makeMerchant();
  merchantId = merchant.id;
  ({ token } = await bearerFor(user.id));
});

describe("GET/PATCH /api/v1/shop", () => {
  it("a GSTIN given with no state sets the state code from its first two digits", async () => {
    const { user } = await makeMerchant();
    const { token: t } = await bearerFor(user.id);
    const res = await callRoute(PATCH, "/api/v1/shop", {
      token: t,
      method: "PATCH",
      body: { gstin: "08AAPFU0939F1ZV" },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ gstin: "08AAPFU0939F1ZV", stateCode: "08" });
  });

  it("reads the shop with its GST status, state code and bill prefix", async () => {
    const res = await callRoute(GET, "/api/v1/shop", { token });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({
      id: merchantId,
      gstStatus: "unregistered",
      gstin: null,
      stateCode: null,
      billPrefix: null,
      gstRates: [0, 0.25, 3, 5, 18, 28, 40],
      receiptLayout: "80mm",
    });
  });

  it("registers the shop as regular in Rajasthan with a Rajasthan GSTIN", async () => {
    const res = await callRoute(PATCH, "/api/v1/shop", {
      token,
      method: "PATCH",
      body: {
        gstStatus: "regular",
        gstin: "08aapfu0939f1zv",
        stateCode: "08",
        billPrefix: "sks",
        gstRates: [5, 18, 0.25],
      },
    });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({
      gstStatus: "regular",
      gstin: "08AAPFU0939F1ZV",
      stateCode: "08",
      billPrefix: "SKS",
      gstRates: [0.25, 5, 18],
    });
    const audit = await db.auditLog.findFirst({
      where: { merchantId, action: "shop.update" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit?.after).toMatchObject({ gstStatus: "REGULAR", billPrefix: "SKS" });
  });

  it("400 when the GSTIN's state code is not the shop's (Maharashtra GSTIN, Rajasthan shop)", async () => {
    const res = await callRoute(PATCH, "/api/v1/shop", { token, method: "PATCH", body: { gstin: "27AAPFU0939F1ZV" } });
    expect(res.status).toBe(400);
    expect((await json(res)).error.fields).toMatchObject({ gstin: "gstin_state_mismatch" });
    const bystate = await callRoute(PATCH, "/api/v1/shop", {
      token,
      method: "PATCH",
      body: { state: "Maharashtra" },
    });
    expect(bystate.status).toBe(400);
    expect((await db.merchant.findUniqueOrThrow({ where: { id: merchantId } })).gstin).toBe("08AAPFU0939F1ZV");
  });

  it("400 for a regular shop without a GSTIN, a bad checksum or a long prefix", async () => {
    for (const body of [
      { gstin: null },
      { gstin: "08AAPFU0939F1ZW" },
      { billPrefix: "SKSX" },
      { gstRates: [18.123] },
    ]) {
      const res = await callRoute(PATCH, "/api/v1/shop", { token, method: "PATCH", body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
  });
});
