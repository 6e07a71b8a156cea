// GET /api/v1/bills: the signed-in customer's dues at every shop, with each bill's FIFO state.
import { z } from "zod";
import { apiRoute, otherMethods } from "@/lib/api/handler";
import { duesByShop, shopBillsForUser } from "@/lib/queries/customer-bills";

export const dynamic = "force-dynamic";

const billSchema = z.object({
  id: z.string(),
  occurredAt: z.string().describe("ISO 8601 UTC"),
  amountPaise: z.number().int(),
  paidPaise: z.number().int(),
  duePaise: z.number().int(),
  status: z
    .enum(["due", "partly_paid", "paid", "voided"])
    .describe("From the oldest-first (FIFO) settlement of payments"),
  items: z.array(z.object({ name: z.string(), quantity: z.number().int(), lineTotalPaise: z.number().int() })),
});

const shopSchema = z.object({
  customerId: z.string().describe("This user's tab at the shop"),
  merchantId: z.string(),
  shopName: z.string(),
  duePaise: z.number().int(),
  pendingClaimPaise: z.number().int().describe("Claimed as paid, waiting for the shop to confirm"),
  upiId: z.string().nullable(),
  bills: z.array(billSchema).describe("Newest first"),
});

export const GET = apiRoute(
  {
    method: "GET",
    path: "/api/v1/bills",
    auth: ["CUSTOMER"],
    summary: "My dues at every shop, most owed first, with each bill's status",
    tags: ["customer"],
    responses: {
      200: {
        description: "Dues per shop",
        schema: z.object({
          totalDuePaise: z.number().int(),
          totalAdvancePaise: z.number().int().describe("Paid in advance at shops, added apart from dues"),
          shops: z.array(shopSchema),
        }),
      },
    },
  },
  async ({ user }) => {
    const overview = await duesByShop(user.id);
    const shops = await Promise.all(
      overview.shops.map(async (s) => {
        const detail = await shopBillsForUser(user.id, s.customerId);
        return {
          customerId: s.customerId,
          merchantId: s.merchantId,
          shopName: s.shopName,
          duePaise: s.duePaise,
          pendingClaimPaise: s.pendingClaimPaise,
          upiId: s.upi?.upiId ?? null,
          bills: detail.bills.map((b) => ({
            id: b.id,
            occurredAt: b.occurredAt.toISOString(),
            amountPaise: b.amountPaise,
            paidPaise: b.paidPaise,
            duePaise: b.duePaise,
            status: b.status,
            items: b.items,
          })),
        };
      }),
    );
    return { totalDuePaise: overview.totalDuePaise, totalAdvancePaise: overview.totalAdvancePaise, shops };
  },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
