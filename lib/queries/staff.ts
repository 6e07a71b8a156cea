import "server-only";
import { db } from "@/lib/db";

/** Everyone who can ring up a sale at this shop (owner first), for the history's "by" filter. */
export async function shopPeople(merchantId: string): Promise<{ id: string; name: string }[]> {
  const [m, staff] = await Promise.all([
    db.merchant.findUnique({ where: { id: merchantId }, select: { user: { select: { id: true, name: true } } } }),
    db.staff.findMany({
      where: { merchantId, role: { not: "OWNER" } },
      orderBy: { createdAt: "asc" },
      select: { user: { select: { id: true, name: true } } },
    }),
  ]);
  return [...(m ? [m.user] : []), ...staff.map((s) => s.user)];
}
