// Demo data: 1 admin, 5 shops with 30+ products each, 100 customers and 90 days of history
// (paid, credit and guest sales, payments, voids, orders). Deterministic: a fixed PRNG seed
// and a fixed "now" anchor per run day, so every run yields the same shape of data.
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isWeighed, linePaise, type UnitName } from "@/lib/quantity";
import { productGst, seedBills, shopGst } from "./seed-bills";
import { DEMO_PASSWORD, FIRST_NAMES, LAST_NAMES, PRODUCTS, SHOPS } from "./seed-data";

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const IST_OFFSET_MIN = 330;

export async function seed(db: Db, opts: { days?: number; log?: (m: string) => void } = {}) {
  const days = opts.days ?? 90;
  const log = opts.log ?? (() => {});
  const rand = mulberry32(20261122);
  const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const uuid = () => {
    const h = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16));
    h[12] = "4";
    h[16] = "89ab"[Math.floor(rand() * 4)]!;
    const s = h.join("");
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  // One argon2id hash shared by every demo account (each hash costs ~200 ms on purpose).
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  // Today 00:00 in IST, as a UTC instant.
  const now = new Date();
  const istNow = new Date(now.getTime() + IST_OFFSET_MIN * 60_000);
  const todayIst =
    Date.UTC(istNow.getUTCFullYear(), istNow.getUTCMonth(), istNow.getUTCDate()) - IST_OFFSET_MIN * 60_000;
  const at = (daysAgo: number, minuteOfDay: number) => new Date(todayIst - daysAgo * 86_400_000 + minuteOfDay * 60_000);

  await db.user.create({
    data: {
      id: "u_admin",
      role: "ADMIN",
      name: "GraminStore Admin",
      email: "admin@graminstore.in",
      phone: "9800000000",
      passwordHash,
    },
  });

  const customers = Array.from({ length: 100 }, (_, i) => {
    const first = i === 0 ? "Priya" : FIRST_NAMES[i % FIRST_NAMES.length]!;
    const last = i === 0 ? "Patel" : LAST_NAMES[(i * 7) % LAST_NAMES.length]!;
    return {
      id: `u_cust_${String(i).padStart(3, "0")}`,
      role: "CUSTOMER" as const,
      name: `${first} ${last}`,
      email: i === 0 ? "customer@graminstore.in" : `${first}.${last}${i}@example.in`.toLowerCase(),
      phone: `9${String(876500000 + i * 1013).padStart(9, "0")}`,
      passwordHash,
      createdAt: at(days + 5, 600),
    };
  });
  await db.user.createMany({ data: customers });

  let total = { tx: 0, items: 0, orders: 0 };
  for (const [si, shop] of SHOPS.entries()) {
    const userId = `u_merchant_${shop.key}`;
    const merchantId = `m_${shop.key}`;
    await db.user.create({
      data: {
        id: userId,
        role: "MERCHANT",
        name: shop.owner,
        email: shop.email,
        phone: shop.phone,
        passwordHash,
        createdAt: at(days + 10, 540),
      },
    });
    await db.merchant.create({
      data: {
        id: merchantId,
        userId,
        shopName: shop.shopName,
        ownerName: shop.owner,
        phone: shop.phone,
        addressLine: shop.addressLine,
        area: shop.area,
        city: shop.city,
        state: shop.state,
        pinCode: shop.pinCode,
        gstin: shop.gstin,
        businessType: shop.key,
        upiId: shop.upiId,
        upiPayeeName: shop.upiId ? shop.shopName : null,
        receiptFooter: "Thank you! Visit again.",
        ...shopGst(shop.key),
        createdAt: at(days + 10, 540),
      },
    });

    if (si === 0) {
      // The first shop's counter staff: a manager and a cashier, who switch on the shared
      // tablet by PIN (manager 2468, cashier 1357) or sign in with their mobile number.
      const pins = await Promise.all(["2468", "1357"].map((pin) => hashPassword(pin)));
      const team = [
        { key: "manager", name: "Meera Joshi", phone: "9820000001", role: "MANAGER" as const, pinHash: pins[0]! },
        { key: "cashier", name: "Ravi Kumar", phone: "9820000002", role: "CASHIER" as const, pinHash: pins[1]! },
      ];
      // The owner's own PIN (1111) switches the tablet back to them.
      await db.staff.create({
        data: { merchantId, userId, role: "OWNER", pinHash: await hashPassword("1111"), createdById: userId },
      });
      for (const m of team) {
        const staffUserId = `u_staff_${shop.key}_${m.key}`;
        await db.user.create({
          data: {
            id: staffUserId,
            role: "MERCHANT",
            name: m.name,
            phone: m.phone,
            passwordHash,
            createdAt: at(days, 540),
          },
        });
        await db.staff.create({
          data: { merchantId, userId: staffUserId, role: m.role, pinHash: m.pinHash, createdById: userId },
        });
      }
    }

    const products = PRODUCTS[shop.key]!.map(([name, category, rupees, unit, stock], pi) => ({
      id: `p_${shop.key}_${String(pi).padStart(3, "0")}`,
      merchantId,
      name,
      category,
      pricePaise: rupees * 100,
      costPaise: Math.round(rupees * 78),
      unit: unit as UnitName,
      stockMilli: stock * 1000,
      sku: `${shop.key.slice(0, 3).toUpperCase()}-${String(pi + 1).padStart(4, "0")}`,
      barcode: `890${String(si + 1)}${String(100000000 + pi * 7919).slice(0, 9)}`,
      ...productGst(name, category, rupees * 100),
      createdAt: at(days + 1, 540),
    }));
    const sold = new Map<string, number>();

    // Shop's customers: Priya at three shops, 30 others each, plus 4 tab-only (unclaimed) people.
    const chosen = new Set<number>(si === 0 || si === 1 || si === 4 ? [0] : []);
    while (chosen.size < 30) chosen.add(int(1, 99));
    const shopCustomers = [...chosen].map((ci) => ({
      id: `c_${shop.key}_${customers[ci]!.id}`,
      merchantId,
      name: customers[ci]!.name,
      phone: customers[ci]!.phone,
      userId: customers[ci]!.id,
      creditLimitPaise: rand() < 0.2 ? 5_000_00 : null,
      createdAt: at(days, 600),
    }));
    for (let k = 0; k < 4; k++) {
      shopCustomers.push({
        id: `c_${shop.key}_tab_${k}`,
        merchantId,
        name: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
        phone: `7${String(300000000 + si * 1000 + k * 37).padStart(9, "0")}`,
        userId: null as unknown as string,
        creditLimitPaise: null,
        createdAt: at(days, 600),
      });
    }
    await db.customer.createMany({ data: shopCustomers });
    const balance = new Map<string, number>();

    const txs: Prisma.TransactionCreateManyInput[] = [];
    const items: Prisma.TransactionItemCreateManyInput[] = [];
    const guests: { id: string; merchantId: string; createdAt: Date }[] = [];
    const orders: Prisma.OrderCreateManyInput[] = [];
    const orderItems: Prisma.OrderItemCreateManyInput[] = [];
    const movements: Prisma.StockMovementCreateManyInput[] = [];
    let n = 0;
    const lineItems = (txId: string, count: number, table: "tx" | "order") => {
      const lines = new Map<string, number>();
      for (let k = 0; k < count; k++) {
        const p = pick(products);
        // Milli-units: loose goods in 250 g / 250 ml steps, packets whole.
        const qty = isWeighed(p.unit) ? int(1, 8) * 250 : int(1, 3) * 1000;
        lines.set(p.id, (lines.get(p.id) ?? 0) + qty);
      }
      let sum = 0;
      for (const [pid, qty] of lines) {
        const p = products.find((x) => x.id === pid)!;
        const row = {
          id: `${txId}_i${pid.slice(-3)}`,
          merchantId,
          productId: pid,
          name: p.name,
          category: p.category,
          unitPricePaise: p.pricePaise,
          quantityMilli: qty,
          unit: p.unit,
          lineTotalPaise: linePaise(qty, p.pricePaise),
        };
        if (table === "tx") items.push({ ...row, transactionId: txId });
        else orderItems.push({ ...row, orderId: txId });
        sold.set(pid, (sold.get(pid) ?? 0) + qty);
        sum += row.lineTotalPaise;
      }
      return { sum, lines };
    };
    const stockOut = (lines: Map<string, number>, refId: string, reason: "SALE" | "ORDER", when: Date) => {
      for (const [productId, qty] of lines)
        movements.push({
          id: `sm_${refId}_${productId.slice(-3)}`,
          merchantId,
          productId,
          quantityMilli: -qty,
          reason,
          refId,
          createdAt: when,
        });
    };

    for (let d = days; d >= 0; d--) {
      const perDay = int(6, 16);
      const todays: {
        id: string;
        type: "SALE" | "CREDIT_SALE";
        method: "CASH" | "UPI" | "CARD" | "CREDIT";
        amount: number;
        customerId: string | null;
        lines: Map<string, number> | null;
      }[] = [];
      for (let k = 0; k < perDay; k++) {
        const when = at(d, int(8 * 60, 21 * 60));
        if (d === 0 && when > now) continue;
        const id = `t_${shop.key}_${String(++n).padStart(6, "0")}`;
        const r = rand();
        const base = { id, merchantId, clientId: uuid(), occurredAt: when, createdAt: when, createdById: userId };
        if (r < 0.55) {
          const guest = rand() < 0.5;
          let customerId: string | null = null,
            guestId: string | null = null;
          if (guest) {
            guestId = `g_${id}`;
            guests.push({ id: guestId, merchantId, createdAt: when });
          } else customerId = pick(shopCustomers).id;
          const withItems = rand() < 0.5;
          const { sum, lines } = withItems
            ? lineItems(id, int(1, 4), "tx")
            : { sum: int(2, 80) * 1000 + (rand() < 0.3 ? 500 : 0), lines: null };
          if (lines) stockOut(lines, id, "SALE", when);
          const method = rand() < 0.5 ? "CASH" : rand() < 0.7 ? "UPI" : "CARD";
          txs.push({ ...base, type: "SALE", method, amountPaise: sum, customerId, guestId });
          todays.push({ id, type: "SALE", method, amount: sum, customerId, lines });
        } else if (r < 0.85) {
          const c = pick(shopCustomers);
          const withItems = rand() < 0.7;
          const { sum, lines } = withItems ? lineItems(id, int(1, 5), "tx") : { sum: int(5, 60) * 1000, lines: null };
          if (lines) stockOut(lines, id, "SALE", when);
          txs.push({ ...base, type: "CREDIT_SALE", method: "CREDIT", amountPaise: sum, customerId: c.id });
          balance.set(c.id, (balance.get(c.id) ?? 0) + sum);
          todays.push({ id, type: "CREDIT_SALE", method: "CREDIT", amount: sum, customerId: c.id, lines });
        } else {
          const owing = shopCustomers.filter((c) => (balance.get(c.id) ?? 0) >= 10_000);
          if (owing.length === 0) continue;
          const c = pick(owing);
          const due = balance.get(c.id)!;
          const amount = rand() < 0.5 ? due : Math.max(5_000, Math.floor((due * (0.3 + rand() * 0.5)) / 1000) * 1000);
          txs.push({
            ...base,
            type: "PAYMENT",
            method: rand() < 0.6 ? "CASH" : "UPI",
            amountPaise: amount,
            customerId: c.id,
          });
          balance.set(c.id, due - amount);
        }
      }
      // About one void every few days: a same-day sale reversed, its stock returned.
      if (todays.length > 3 && rand() < 0.25) {
        const v = pick(todays);
        const id = `t_${shop.key}_${String(++n).padStart(6, "0")}`;
        const when = at(d, 21 * 60 + 30);
        if (!(d === 0 && when > now)) {
          txs.push({
            id,
            merchantId,
            clientId: uuid(),
            type: "VOID",
            method: v.method,
            amountPaise: v.amount,
            customerId: v.customerId,
            voidsId: v.id,
            note: "Entered twice by mistake",
            occurredAt: when,
            createdAt: when,
            createdById: userId,
          });
          if (v.type === "CREDIT_SALE" && v.customerId)
            balance.set(v.customerId, (balance.get(v.customerId) ?? 0) - v.amount);
          for (const [productId, qty] of v.lines ?? []) {
            movements.push({
              id: `sm_${id}_${productId.slice(-3)}`,
              merchantId,
              productId,
              quantityMilli: qty,
              reason: "VOID",
              refId: id,
              createdAt: when,
            });
            sold.set(productId, (sold.get(productId) ?? 0) - qty);
          }
        }
      }
      // Customers' orders from the app: older ones completed (with their ledger entry) or cancelled.
      const ordersToday = int(0, 2);
      for (let k = 0; k < ordersToday; k++) {
        const c = pick(shopCustomers.filter((x) => x.userId));
        const id = `o_${shop.key}_${String(++n).padStart(6, "0")}`;
        const placedAt = at(d, int(9 * 60, 19 * 60));
        if (d === 0 && placedAt > now) continue;
        const { sum, lines } = lineItems(id, int(1, 4), "order");
        const payLater = rand() < 0.3;
        const status =
          d >= 1 ? (rand() < 0.1 ? "CANCELLED" : "COMPLETED") : pick(["PLACED", "ACCEPTED", "READY"] as const);
        const later = (min: number) => new Date(placedAt.getTime() + min * 60_000);
        orders.push({
          id,
          merchantId,
          customerId: c.id,
          userId: c.userId,
          status,
          paymentMethod: payLater ? "CREDIT" : pick(["CASH", "UPI", "CARD"] as const),
          totalPaise: sum,
          clientId: uuid(),
          placedAt,
          acceptedAt: status !== "PLACED" && status !== "CANCELLED" ? later(10) : null,
          readyAt: status === "READY" || status === "COMPLETED" ? later(40) : null,
          completedAt: status === "COMPLETED" ? later(90) : null,
          cancelledAt: status === "CANCELLED" ? later(15) : null,
          cancelReason: status === "CANCELLED" ? "Customer asked to cancel" : null,
        });
        if (status === "CANCELLED") {
          for (const [pid, qty] of lines) sold.set(pid, (sold.get(pid) ?? 0) - qty);
          continue;
        }
        stockOut(lines, id, "ORDER", placedAt);
        if (status === "COMPLETED") {
          const tid = `t_${shop.key}_${String(++n).padStart(6, "0")}`;
          txs.push({
            id: tid,
            merchantId,
            clientId: `order:${id}`,
            type: payLater ? "CREDIT_SALE" : "SALE",
            method: payLater ? "CREDIT" : "UPI",
            amountPaise: sum,
            customerId: c.id,
            orderId: id,
            occurredAt: later(90),
            createdAt: later(90),
            createdById: userId,
          });
          for (const [pid, qty] of lines) {
            const p = products.find((x) => x.id === pid)!;
            items.push({
              id: `${tid}_i${pid.slice(-3)}`,
              transactionId: tid,
              merchantId,
              productId: pid,
              name: p.name,
              category: p.category,
              unitPricePaise: p.pricePaise,
              quantityMilli: qty,
              unit: p.unit,
              lineTotalPaise: linePaise(qty, p.pricePaise),
            });
          }
          if (payLater) balance.set(c.id, (balance.get(c.id) ?? 0) + sum);
        }
      }
    }
    // The demo customer (Priya) owes something at every shop that knows her, so her bills
    // screen shows dues at several shops: one recent unpaid credit sale each.
    const priya = shopCustomers.find((c) => c.userId === "u_cust_000");
    if (priya) {
      const id = `t_${shop.key}_${String(++n).padStart(6, "0")}`;
      const when = at(2, 11 * 60);
      const amount = (150 + si * 85) * 100;
      txs.push({
        id,
        merchantId,
        clientId: uuid(),
        type: "CREDIT_SALE",
        method: "CREDIT",
        amountPaise: amount,
        customerId: priya.id,
        occurredAt: when,
        createdAt: when,
        createdById: userId,
        note: "Monthly groceries",
      });
      balance.set(priya.id, (balance.get(priya.id) ?? 0) + amount);
    }
    // Opening stock 90 days ago = today's stock + everything that left since, so that each
    // product's stock equals the sum of its movements.
    await db.product.createMany({ data: products });
    await db.stockMovement.createMany({
      data: products.map((p) => ({
        id: `sm_init_${p.id}`,
        merchantId,
        productId: p.id,
        quantityMilli: p.stockMilli + (sold.get(p.id) ?? 0),
        reason: "INITIAL" as const,
        createdAt: at(days + 1, 540),
      })),
    });
    await db.guestUser.createMany({ data: guests });
    await db.order.createMany({ data: orders });
    for (let i = 0; i < orderItems.length; i += 5000)
      await db.orderItem.createMany({ data: orderItems.slice(i, i + 5000) });
    // Bills first: the demo's line discount lowers its sale's amount before the row is written.
    const productTax = new Map(products.map((p) => [p.id, p]));
    const { bills, counters } = seedBills(merchantId, shopGst(shop.key), txs, items, (id) => productTax.get(id)!);
    // Voids reference earlier rows: insert sales before the voids of them.
    const plain = txs.filter((t) => !t.voidsId),
      voids = txs.filter((t) => t.voidsId);
    for (let i = 0; i < plain.length; i += 5000) await db.transaction.createMany({ data: plain.slice(i, i + 5000) });
    await db.transaction.createMany({ data: voids });
    for (let i = 0; i < items.length; i += 5000)
      await db.transactionItem.createMany({ data: items.slice(i, i + 5000) });
    // The line items came in transactions of their own after their entries' (a bulk load):
    // the daily summary's triggers counted the entries, so recount this shop from its ledger.
    await db.$executeRaw`ANALYZE "Transaction", "TransactionItem"`;
    await db.$executeRaw`SELECT summary_rebuild(${merchantId})`;
    for (let i = 0; i < movements.length; i += 5000)
      await db.stockMovement.createMany({ data: movements.slice(i, i + 5000) });
    // Due reminders: the three largest dues were reminded a few days ago (the Remind screen's
    // "last reminded"); one tab-only customer asked not to be reminded.
    const owing = [...balance.entries()].filter(([, due]) => due > 0).sort((a, b) => b[1] - a[1]);
    await db.dueReminder.createMany({
      data: owing.slice(0, 3).map(([customerId, due], k) => ({
        id: `rem_${shop.key}_${k}`,
        merchantId,
        customerId,
        duePaise: due,
        createdById: userId,
        createdAt: at(3 + k * 2, 10 * 60),
      })),
    });
    await db.customer.update({ where: { id: `c_${shop.key}_tab_0` }, data: { doNotRemind: true } });
    // The first shop has a customer's request to delete their tab (DPDP) waiting on its tab page.
    const asker = si === 0 ? shopCustomers.find((c) => c.userId && c.userId !== "u_cust_000") : undefined;
    if (asker)
      await db.tabDeletionRequest.create({
        data: {
          id: `del_${shop.key}_0`,
          merchantId,
          customerId: asker.id,
          userId: asker.userId,
          createdAt: at(1, 9 * 60),
        },
      });
    for (let i = 0; i < bills.length; i += 5000) await db.bill.createMany({ data: bills.slice(i, i + 5000) });
    await db.billCounter.createMany({ data: counters });
    total = { tx: total.tx + txs.length, items: total.items + items.length, orders: total.orders + orders.length };
    log(`seeded ${shop.shopName}: ${products.length} products, ${txs.length} ledger entries, ${orders.length} orders`);
  }
  return total;
}
