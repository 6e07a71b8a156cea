// Unique keys of shop-owned tables that would still block distributing them by merchantId on
// Citus (which requires every primary key and unique constraint of a distributed table to
// include the distribution column), each with why it is still there and what comes next.
// scripts/lib/citus-readiness.test.ts fails on a blocker not listed here, and on an entry that
// no longer blocks (so this list only shrinks). Done already: Transaction.voidsId and .orderId
// and PaymentClaim.transactionId are unique per shop (migration 20261203105321_citus_composite_keys).
type CitusAllowance = { table: string; key: string; reason: string; next: string };

const LEDGER_NEXT =
  "once that work lands: PRIMARY KEY (merchantId, id) (Transaction and Order already carry the UNIQUE (merchantId, id) it becomes), " +
  "every foreign key into the table made composite (merchantId, xId) as Transaction.voidsId/orderId are now, " +
  "then create_distributed_table('<table>', 'merchantId', colocate_with => 'Customer')";
const ledgerPk = (table: string): CitusAllowance => ({
  table,
  key: `${table}_pkey`,
  reason:
    "primary key (id) alone: left as is on purpose this round, other engineers are changing this table's keys in parallel. " +
    "cuids are globally unique, so (merchantId, id) holds exactly the same rows: the change is mechanical, not a data fix",
  next: LEDGER_NEXT,
});
const byIdPk = (table: string, lookups: string): CitusAllowance => ({
  table,
  key: `${table}_pkey`,
  reason:
    `primary key (id) alone, and ${lookups}: making it (merchantId, id) changes every findUnique({ id }) and every ` +
    "foreign key into the table, which is a change of its own, not a cheap one",
  next: "in the same migration as the ledger tables' primary keys: @@id([merchantId, id]), composite foreign keys, lookups by (merchantId, id)",
});

export const CITUS_ALLOWLIST: CitusAllowance[] = [
  ...["Product", "Transaction", "TransactionItem", "Order", "OrderItem", "StockMovement"].map(ledgerPk),
  byIdPk(
    "Customer",
    "every tab row (Transaction, Order, PaymentClaim, ClaimCode, StatementLink) points at Customer.id",
  ),
  byIdPk("GuestUser", "Transaction.guestId points at it"),
  byIdPk("Dispute", "a dispute is resolved by its id"),
  byIdPk("PaymentClaim", "a claim is confirmed or rejected by its id"),
  byIdPk(
    "StatementLink",
    "a shared statement link's signed token carries only the link id (no shop) and is looked up by it",
  ),
  byIdPk("ClaimCode", "a code is redeemed through its id after the codeHash lookup"),
  // Tables added this round by parallel work (staff, shifts, reminders, data rights): keyed
  // by id like the rest; they move with the ledger tables' key change.
  ...["Staff", "Shift", "CashMove", "DueReminder", "TabDeletionRequest", "Bill"].map((table) =>
    byIdPk(table, "rows are read and updated by their id (a shift closed, a reminder listed, a request resolved)"),
  ),
  {
    table: "Bill",
    key: "Bill_transactionId_key",
    reason:
      "one bill per ledger row, found by the row's id (a 1:1 relation Prisma keys on transactionId alone); Bill already has UNIQUE (merchantId, number)",
    next: "with the ledger tables' key change: UNIQUE (merchantId, transactionId) and a composite foreign key to Transaction (merchantId, id)",
  },
  {
    table: "Staff",
    key: "Staff_userId_key",
    reason:
      "a person signs in with their own account and must find the one shop they work for from their user id alone, across shops",
    next: "move the person-to-shop link into a reference table (user id -> shop id, one small row per person), then key Staff (merchantId, userId)",
  },
  {
    table: "ClaimCode",
    key: "ClaimCode_codeHash_key",
    reason:
      "a customer types only the one-time code, with no shop: the code itself must find its shop, so it is unique across shops",
    next: "make ClaimCode a Citus reference table (few, short-lived rows), or put the shop's short id in the code and key it (merchantId, codeHash)",
  },
  {
    table: "Merchant",
    key: "Merchant_userId_key",
    reason:
      "Merchant is the tenant itself (distributed by id); a signed-in owner finds their one shop by userId, unique across shops",
    next: "make Merchant a reference table (one small row per shop: about 1 KB x 1,000,000 = 1 GB on every node), or move the owner-to-shop link onto User",
  },
  {
    table: "AuditLog",
    key: "merchantId",
    reason: "an admin's action may concern no shop (merchantId NULL), and the admin reads the log across every shop",
    next: "keep AuditLog a local table on the coordinator, partitioned by month like the ledger; it is append-only and never joined with shop tables",
  },
  {
    table: "AuditLog",
    key: "AuditLog_pkey",
    reason: "primary key (id): the table is not distributed (see its merchantId entry), so its key may stay as it is",
    next: "none while AuditLog stays a local table; remove this entry if it is ever distributed",
  },
];
