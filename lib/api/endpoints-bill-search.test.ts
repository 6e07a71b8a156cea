import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as listTransactions } from "@/app/api/v1/transactions/route";
import { bearerFor, callRoute } from "@/lib/api/testing";
import { listSales } from "@/lib/queries/sales-history";
import { recordReturn } from "@/lib/domain/returns";
import { recordSale } from "@/lib/domain/sales";
import { makeMerchant, makeProduct } from "@/lib/test/factories";

type Json = Record<string, any>;

describe("find a bill or credit note by its number", () => {
  it("GET /api/v1/transactions?q= and the sales history search", async () => {
    const { merchant, user } = await makeMerchant();
    const p = await makeProduct(merchant.id, { pricePaise: 1_000, stock: 5 });
    const { token } = await bearerFor(user.id);
    const sales = [];
    for (let k = 0; k < 3; k++)
      sales.push(
        await recordSale(merchant.id, user.id, {
          clientId: crypto.randomUUID(),
          method: "CASH",
          items: [{ productId: p.id, quantity: 1 }],
        }),
      );
    const cn = await recordReturn(merchant.id, user.id, sales[1]!.id, {
      clientId: crypto.randomUUID(),
      items: [{ productId: p.id, quantity: 1 }],
      refund: "cash",
    });
    const number = sales[1]!.bill!.number;
    const res = await callRoute(
      listTransactions,
      `/api/v1/transactions?q=${encodeURIComponent(number.toLowerCase())}`,
      {
        token,
      },
    );
    const body = (await res.json()) as Json;
    expect(res.status).toBe(200);
    expect(body.items.map((t: Json) => [t.id, t.billNumber])).toEqual([[sales[1]!.id, number]]);
    const byCn = await callRoute(
      listTransactions,
      `/api/v1/transactions?q=${encodeURIComponent(cn.creditNote.number)}`,
      {
        token,
      },
    );
    expect(((await byCn.json()) as Json).items.map((t: Json) => [t.type, t.id])).toEqual([["return", cn.id]]);

    const page = await listSales(merchant.id, { q: number });
    expect(page.rows.map((r) => r.id)).toEqual([sales[1]!.id]);
    expect(page.rows[0]!.billNumber).toBe(number);
    const cnPage = await listSales(merchant.id, { q: cn.creditNote.number });
    expect(cnPage.rows.map((r) => [r.type, r.id])).toEqual([["RETURN", cn.id]]);
  });
});
