// The demo seed's GST extras (prisma/seed-bills.ts): a regular shop's line discount and B2B
// bill come out of the app's own tax arithmetic, and every bill still equals its sale.
import { describe, expect, it } from "vitest";
import { DEMO_B2B_BUYER, seedBills, shopGst } from "@/prisma/seed-bills";

const sale = (id: string, hour: number) => ({
  id,
  merchantId: "m",
  clientId: id,
  type: "SALE" as const,
  method: "CASH" as const,
  amountPaise: 11_800 * 2 + 2_100,
  occurredAt: new Date(Date.UTC(2026, 10, 2, hour)),
});
const lines = (txId: string) => [
  {
    transactionId: txId,
    merchantId: "m",
    productId: "soap",
    name: "Soap",
    category: "c",
    unitPricePaise: 11_800,
    quantityMilli: 2000,
    lineTotalPaise: 23_600,
  },
  {
    transactionId: txId,
    merchantId: "m",
    productId: "dal",
    name: "Dal",
    category: "c",
    unitPricePaise: 2_100,
    quantityMilli: 1000,
    lineTotalPaise: 2_100,
  },
];
const rateOf = (id: string) => (id === "soap" ? { hsn: "3401", gstRateBp: 1800 } : { hsn: "0713", gstRateBp: 500 });

describe("seedBills", () => {
  it("a regular shop shows a 10 % line discount and an inter-state B2B bill; bill totals equal the sales", () => {
    const txs = [sale("t1", 4), sale("t2", 5), sale("t3", 6)];
    const items = txs.flatMap((t) => lines(t.id));
    const { bills } = seedBills("m", shopGst("kirana"), txs, items, rateOf);
    const [plain, discounted, b2b] = bills;
    expect(plain).toMatchObject({ buyerGstin: null, igstPaise: 0, totalPaise: 25_700 });
    expect(items.find((i) => i.transactionId === "t2" && i.productId === "soap")).toMatchObject({
      discountPaise: 2_360,
    });
    expect(txs[1]!.amountPaise).toBe(25_700 - 2_360);
    expect(discounted).toMatchObject({ totalPaise: 25_700 - 2_360, taxablePaise: 18_000 + 2_000 });
    expect(b2b).toMatchObject({
      buyerGstin: DEMO_B2B_BUYER.gstin,
      buyerName: DEMO_B2B_BUYER.name,
      placeOfSupply: "27",
      cgstPaise: 0,
      igstPaise: 3_600 + 100,
      totalPaise: 25_700,
    });
    for (const [i, b] of bills.entries()) expect(b.totalPaise).toBe(txs[i]!.amountPaise);
  });

  it("other shops get neither", () => {
    const txs = [sale("t1", 4), sale("t2", 5)];
    const items = txs.flatMap((t) => lines(t.id));
    const { bills } = seedBills("m", shopGst("dairy"), txs, items, rateOf);
    expect(bills.every((b) => b.buyerGstin === null && b.totalPaise === 25_700)).toBe(true);
  });
});
