// What an audit entry touched, by name: "Account disabled" says whose account, a product
// change says which product. Looked up for one page of entries at once (one query per kind).
import "server-only";
import { db } from "@/lib/db";
import { orderUpiRef } from "@/lib/upi";

export type AuditSubject = { label: string; detail: string | null };
type Ref = { entity: string; entityId: string | null };

const idsOf = (rows: Ref[], entity: string) => [
  ...new Set(rows.filter((r) => r.entity === entity && r.entityId).map((r) => r.entityId!)),
];

/** `${entity}:${id}` -> a readable name (and a second line: email, phone, shop). */
export async function auditSubjects(rows: Ref[]): Promise<Map<string, AuditSubject>> {
  const [users, shops, tabs, products, txs, claims, disputes] = await Promise.all([
    db.user.findMany({
      where: { id: { in: idsOf(rows, "User") } },
      select: { id: true, name: true, email: true, phone: true },
    }),
    db.merchant.findMany({ where: { id: { in: idsOf(rows, "Merchant") } }, select: { id: true, shopName: true } }),
    db.customer.findMany({
      where: { id: { in: idsOf(rows, "Customer") } },
      select: { id: true, name: true, phone: true },
    }),
    db.product.findMany({ where: { id: { in: idsOf(rows, "Product") } }, select: { id: true, name: true } }),
    db.transaction.findMany({
      where: { id: { in: idsOf(rows, "Transaction") } },
      select: { id: true, customer: { select: { name: true } } },
    }),
    db.paymentClaim.findMany({
      where: { id: { in: idsOf(rows, "PaymentClaim") } },
      select: { id: true, customer: { select: { name: true } } },
    }),
    db.dispute.findMany({
      where: { id: { in: idsOf(rows, "Dispute") } },
      select: { id: true, transaction: { select: { id: true, customer: { select: { name: true } } } } },
    }),
  ]);
  const out = new Map<string, AuditSubject>();
  for (const u of users) out.set(`User:${u.id}`, { label: u.name, detail: u.email ?? u.phone ?? null });
  for (const s of shops) out.set(`Merchant:${s.id}`, { label: s.shopName, detail: null });
  for (const c of tabs) out.set(`Customer:${c.id}`, { label: c.name, detail: c.phone });
  for (const p of products) out.set(`Product:${p.id}`, { label: p.name, detail: null });
  for (const t of txs)
    out.set(`Transaction:${t.id}`, { label: t.id.slice(-8).toUpperCase(), detail: t.customer?.name ?? null });
  for (const c of claims) out.set(`PaymentClaim:${c.id}`, { label: c.customer.name, detail: null });
  for (const d of disputes)
    out.set(`Dispute:${d.id}`, {
      label: d.transaction.id.slice(-8).toUpperCase(),
      detail: d.transaction.customer?.name ?? null,
    });
  for (const r of rows)
    if (r.entity === "Order" && r.entityId)
      out.set(`Order:${r.entityId}`, { label: orderUpiRef(r.entityId), detail: null });
  return out;
}
