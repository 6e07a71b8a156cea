-- CreateTable
CREATE TABLE "SalesDay" (
    "merchantId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "kind" "TransactionType" NOT NULL,
    "method" "PaymentMethod" NOT NULL,
    "known" BOOLEAN NOT NULL,
    "amountPaise" BIGINT NOT NULL DEFAULT 0,
    "count" INTEGER NOT NULL DEFAULT 0,
    "voidedPaise" BIGINT NOT NULL DEFAULT 0,
    "voidedCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SalesDay_pkey" PRIMARY KEY ("merchantId","day","kind","method","known")
);

-- CreateTable
CREATE TABLE "SalesDayCategory" (
    "merchantId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "category" TEXT NOT NULL,
    "soldPaise" BIGINT NOT NULL DEFAULT 0,
    "soldMilli" BIGINT NOT NULL DEFAULT 0,
    "returnedPaise" BIGINT NOT NULL DEFAULT 0,
    "returnedMilli" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "SalesDayCategory_pkey" PRIMARY KEY ("merchantId","day","category")
);

-- CreateTable
CREATE TABLE "SalesDayProduct" (
    "merchantId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "productId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "soldPaise" BIGINT NOT NULL DEFAULT 0,
    "soldMilli" BIGINT NOT NULL DEFAULT 0,
    "returnedPaise" BIGINT NOT NULL DEFAULT 0,
    "returnedMilli" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "SalesDayProduct_pkey" PRIMARY KEY ("merchantId","day","productId")
);

-- CreateTable
CREATE TABLE "SalesDayCustomer" (
    "merchantId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "customerId" TEXT NOT NULL,
    "salesPaise" BIGINT NOT NULL DEFAULT 0,
    "salesCount" INTEGER NOT NULL DEFAULT 0,
    "returnedPaise" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "SalesDayCustomer_pkey" PRIMARY KEY ("merchantId","day","customerId")
);

-- AddForeignKey
ALTER TABLE "SalesDay" ADD CONSTRAINT "SalesDay_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesDayCategory" ADD CONSTRAINT "SalesDayCategory_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesDayProduct" ADD CONSTRAINT "SalesDayProduct_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesDayCustomer" ADD CONSTRAINT "SalesDayCustomer_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------
-- Hand-written below (the tooling writes only what schema.prisma declares): the triggers
-- that keep the daily summary in the same transaction as every ledger write, whichever
-- code path writes it (the counter sale, a void, a return, a payment, an order completed,
-- a bulk load), and the rebuild that recomputes it from the ledger.
-- Shop-local day of a ledger instant (stored as UTC without a zone):
-- (t."occurredAt" AT TIME ZONE 'UTC' AT TIME ZONE m."timeZone")::date.
-- A new ledger row is added to the summary AT COMMIT (a deferred constraint trigger, one per
-- row), with its line items, which by then are all written whatever order the writer used.
-- So the summary's rows are locked only for the moment of the commit: two counters of a
-- shop never wait on each other for the length of a sale, and no lock taken earlier in the
-- sale (stock, the tab, the bill number) can be crossed with a summary lock (no deadlock).
-- Rows of one entry are locked in a fixed order: SalesDay, SalesDayCustomer, then
-- categories and products in key order. Line items must be written in their entry's
-- transaction (every writer does). A bulk load with triggers off (session_replication_role
-- = replica) ends with SELECT summary_rebuild(...).
-- ---------------------------------------------------------------------------------------

-- What analytics reads: a shop's rows over a range of days, every column it needs in the
-- index (an index-only scan: a shop's rows lie on a few index pages, while the table holds
-- every shop's rows of a day side by side). Not in schema.prisma: Prisma has no INCLUDE.
CREATE INDEX "SalesDay_read_idx" ON "SalesDay" ("merchantId", "day")
  INCLUDE ("kind", "method", "known", "amountPaise", "count");
CREATE INDEX "SalesDayCustomer_read_idx" ON "SalesDayCustomer" ("merchantId", "day")
  INCLUDE ("customerId", "salesPaise", "salesCount", "returnedPaise");
CREATE INDEX "SalesDayCategory_read_idx" ON "SalesDayCategory" ("merchantId", "day")
  INCLUDE ("category", "soldPaise", "soldMilli", "returnedPaise", "returnedMilli");
CREATE INDEX "SalesDayProduct_read_idx" ON "SalesDayProduct" ("merchantId", "day")
  INCLUDE ("productId", "name", "soldPaise", "soldMilli", "returnedPaise", "returnedMilli");

-- Recompute the summary of one shop (or of every shop when p_merchant is NULL), for the
-- given local days only (or all of them when p_days is NULL), from the ledger itself.
CREATE FUNCTION summary_rebuild(p_merchant text, p_days date[] DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  lo timestamp := '-infinity';
  hi timestamp := 'infinity';
BEGIN
  IF p_days IS NOT NULL THEN
    IF p_merchant IS NULL THEN RAISE EXCEPTION 'summary_rebuild: days need a shop'; END IF;
    -- A coarse UTC window around the days (any zone is within 14 h of UTC) keeps the scan
    -- on the (merchantId, occurredAt) index: the exact local-day test follows.
    SELECT min(d)::timestamp - interval '1 day', max(d)::timestamp + interval '2 days' INTO lo, hi FROM unnest(p_days) d;
    IF lo IS NULL THEN RETURN; END IF;
  END IF;
  DELETE FROM "SalesDay" WHERE (p_merchant IS NULL OR "merchantId" = p_merchant) AND (p_days IS NULL OR "day" = ANY (p_days));
  DELETE FROM "SalesDayCustomer" WHERE (p_merchant IS NULL OR "merchantId" = p_merchant) AND (p_days IS NULL OR "day" = ANY (p_days));
  DELETE FROM "SalesDayCategory" WHERE (p_merchant IS NULL OR "merchantId" = p_merchant) AND (p_days IS NULL OR "day" = ANY (p_days));
  DELETE FROM "SalesDayProduct" WHERE (p_merchant IS NULL OR "merchantId" = p_merchant) AND (p_days IS NULL OR "day" = ANY (p_days));

  CREATE TEMP TABLE summary_rows ON COMMIT DROP AS
  SELECT t."merchantId", (t."occurredAt" AT TIME ZONE 'UTC' AT TIME ZONE m."timeZone")::date AS day,
         t."id", t."type", t."method", t."customerId", t."amountPaise", v."id" IS NOT NULL AS voided
    FROM "Transaction" t
    JOIN "Merchant" m ON m."id" = t."merchantId"
    LEFT JOIN "Transaction" v ON v."merchantId" = t."merchantId" AND v."voidsId" = t."id" AND v."type" = 'VOID'
   WHERE t."type" <> 'VOID' AND (p_merchant IS NULL OR t."merchantId" = p_merchant)
     AND t."occurredAt" >= lo AND t."occurredAt" < hi;
  IF p_days IS NOT NULL THEN DELETE FROM summary_rows WHERE NOT (day = ANY (p_days)); END IF;
  -- Statistics for the joins below: without them the planner guesses a few rows and joins the
  -- line items row by row (a 100,000-entry shop took 300 s instead of seconds).
  ANALYZE summary_rows;

  INSERT INTO "SalesDay" ("merchantId", "day", "kind", "method", "known", "amountPaise", "count", "voidedPaise", "voidedCount")
  SELECT r."merchantId", r.day, r."type", r."method", r."customerId" IS NOT NULL,
         coalesce(sum(r."amountPaise") FILTER (WHERE NOT r.voided), 0), count(*) FILTER (WHERE NOT r.voided),
         coalesce(sum(r."amountPaise") FILTER (WHERE r.voided), 0), count(*) FILTER (WHERE r.voided)
    FROM summary_rows r
   GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5;

  INSERT INTO "SalesDayCustomer" ("merchantId", "day", "customerId", "salesPaise", "salesCount", "returnedPaise")
  SELECT r."merchantId", r.day, r."customerId",
         coalesce(sum(r."amountPaise") FILTER (WHERE r."type" <> 'RETURN'), 0), count(*) FILTER (WHERE r."type" <> 'RETURN'),
         coalesce(sum(r."amountPaise") FILTER (WHERE r."type" = 'RETURN'), 0)
    FROM summary_rows r
   WHERE r."customerId" IS NOT NULL AND r."type" IN ('SALE', 'CREDIT_SALE', 'RETURN') AND NOT r.voided
   GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;

  INSERT INTO "SalesDayCategory" ("merchantId", "day", "category", "soldPaise", "soldMilli", "returnedPaise", "returnedMilli")
  SELECT r."merchantId", r.day, i."category",
         coalesce(sum(i."lineTotalPaise") FILTER (WHERE r."type" <> 'RETURN'), 0),
         coalesce(sum(i."quantityMilli") FILTER (WHERE r."type" <> 'RETURN'), 0),
         coalesce(sum(i."lineTotalPaise") FILTER (WHERE r."type" = 'RETURN'), 0),
         coalesce(sum(i."quantityMilli") FILTER (WHERE r."type" = 'RETURN'), 0)
    FROM summary_rows r
    JOIN "TransactionItem" i ON i."transactionId" = r."id" AND i."merchantId" = r."merchantId"
   WHERE r."type" IN ('SALE', 'CREDIT_SALE', 'RETURN') AND NOT r.voided AND i."productId" IS NOT NULL
   GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;

  INSERT INTO "SalesDayProduct" ("merchantId", "day", "productId", "name", "soldPaise", "soldMilli", "returnedPaise", "returnedMilli")
  SELECT r."merchantId", r.day, i."productId", max(i."name"),
         coalesce(sum(i."lineTotalPaise") FILTER (WHERE r."type" <> 'RETURN'), 0),
         coalesce(sum(i."quantityMilli") FILTER (WHERE r."type" <> 'RETURN'), 0),
         coalesce(sum(i."lineTotalPaise") FILTER (WHERE r."type" = 'RETURN'), 0),
         coalesce(sum(i."quantityMilli") FILTER (WHERE r."type" = 'RETURN'), 0)
    FROM summary_rows r
    JOIN "TransactionItem" i ON i."transactionId" = r."id" AND i."merchantId" = r."merchantId"
   WHERE r."type" IN ('SALE', 'CREDIT_SALE', 'RETURN') AND NOT r.voided AND i."productId" IS NOT NULL
   GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;

  DROP TABLE summary_rows;
  -- What this transaction has recounted from the ledger: the commit-time trigger of a row on
  -- such a day must not add the row a second time (summary_entry_commit).
  PERFORM set_config('summary.rebuilt', coalesce(nullif(current_setting('summary.rebuilt', true), ''), '|') ||
    CASE WHEN p_merchant IS NULL THEN '*|'
         WHEN p_days IS NULL THEN p_merchant || '/*|'
         ELSE (SELECT string_agg(p_merchant || '/' || d::text || '|', '') FROM unnest(p_days) d) END, true);
END $$;

-- At commit, for each new ledger row: the entry on its own day, or for a VOID the voided
-- entry (and its line items) taken off that entry's day.
CREATE FUNCTION summary_entry_commit() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  e "Transaction"%ROWTYPE;
  v_sign int := 1;
  v_day date;
  v_rebuilt text := coalesce(current_setting('summary.rebuilt', true), '');
BEGIN
  -- The row as it stands at commit (gone if deleted since).
  SELECT * INTO e FROM "Transaction" o WHERE o."merchantId" = NEW."merchantId" AND o."id" = NEW."id";
  IF NOT FOUND THEN RETURN NULL; END IF;
  IF e."type" = 'VOID' THEN
    SELECT * INTO e FROM "Transaction" o WHERE o."merchantId" = NEW."merchantId" AND o."id" = e."voidsId";
    IF NOT FOUND THEN RETURN NULL; END IF;
    v_sign := -1;
  END IF;
  SELECT (e."occurredAt" AT TIME ZONE 'UTC' AT TIME ZONE m."timeZone")::date INTO v_day FROM "Merchant" m WHERE m."id" = e."merchantId";
  -- A day this transaction recounted from the ledger (at commit, so with this row) has it already.
  IF v_rebuilt <> '' AND (strpos(v_rebuilt, '|*|') > 0 OR strpos(v_rebuilt, '|' || e."merchantId" || '/*|') > 0
                          OR strpos(v_rebuilt, '|' || e."merchantId" || '/' || v_day::text || '|') > 0) THEN
    RETURN NULL;
  END IF;

  INSERT INTO "SalesDay" AS s ("merchantId", "day", "kind", "method", "known", "amountPaise", "count", "voidedPaise", "voidedCount")
  VALUES (e."merchantId", v_day, e."type", e."method", e."customerId" IS NOT NULL, v_sign * e."amountPaise", v_sign,
          CASE WHEN v_sign < 0 THEN e."amountPaise" ELSE 0 END, CASE WHEN v_sign < 0 THEN 1 ELSE 0 END)
  ON CONFLICT ("merchantId", "day", "kind", "method", "known") DO UPDATE
     SET "amountPaise" = s."amountPaise" + EXCLUDED."amountPaise", "count" = s."count" + EXCLUDED."count",
         "voidedPaise" = s."voidedPaise" + EXCLUDED."voidedPaise", "voidedCount" = s."voidedCount" + EXCLUDED."voidedCount";

  IF e."type" NOT IN ('SALE', 'CREDIT_SALE', 'RETURN') THEN RETURN NULL; END IF;
  IF e."customerId" IS NOT NULL THEN
    INSERT INTO "SalesDayCustomer" AS s ("merchantId", "day", "customerId", "salesPaise", "salesCount", "returnedPaise")
    VALUES (e."merchantId", v_day, e."customerId",
            CASE WHEN e."type" <> 'RETURN' THEN v_sign * e."amountPaise" ELSE 0 END,
            CASE WHEN e."type" <> 'RETURN' THEN v_sign ELSE 0 END,
            CASE WHEN e."type" = 'RETURN' THEN v_sign * e."amountPaise" ELSE 0 END)
    ON CONFLICT ("merchantId", "day", "customerId") DO UPDATE
       SET "salesPaise" = s."salesPaise" + EXCLUDED."salesPaise", "salesCount" = s."salesCount" + EXCLUDED."salesCount",
           "returnedPaise" = s."returnedPaise" + EXCLUDED."returnedPaise";
  END IF;
  PERFORM summary_items_apply(array_agg(i."transactionId"), array_agg(i."category"), array_agg(i."productId"),
                              array_agg(i."name"), array_agg(i."lineTotalPaise"::bigint), array_agg(i."quantityMilli"::bigint), v_sign)
     FROM "TransactionItem" i
    WHERE i."merchantId" = e."merchantId" AND i."transactionId" = e."id" AND i."productId" IS NOT NULL
   HAVING count(*) > 0;
  RETURN NULL;
END $$;

-- Add (sign 1) or take off (sign -1) line items, given as columns (entry, category, product,
-- name, paise, milli-units), on their entry's own day: sold for a sale, returned for a
-- return. Keypad amounts (no product) are not a category or product.
CREATE FUNCTION summary_items_apply(p_tx text[], p_category text[], p_product text[], p_name text[],
                                    p_paise bigint[], p_milli bigint[], p_sign int) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SalesDayCategory" AS s ("merchantId", "day", "category", "soldPaise", "soldMilli", "returnedPaise", "returnedMilli")
  SELECT t."merchantId", (t."occurredAt" AT TIME ZONE 'UTC' AT TIME ZONE m."timeZone")::date, x.category,
         p_sign * coalesce(sum(x.paise) FILTER (WHERE t."type" <> 'RETURN'), 0),
         p_sign * coalesce(sum(x.milli) FILTER (WHERE t."type" <> 'RETURN'), 0),
         p_sign * coalesce(sum(x.paise) FILTER (WHERE t."type" = 'RETURN'), 0),
         p_sign * coalesce(sum(x.milli) FILTER (WHERE t."type" = 'RETURN'), 0)
    FROM unnest(p_tx, p_category, p_product, p_name, p_paise, p_milli) AS x(tx, category, product, name, paise, milli)
    JOIN "Transaction" t ON t."id" = x.tx
    JOIN "Merchant" m ON m."id" = t."merchantId"
   WHERE x.product IS NOT NULL AND t."type" IN ('SALE', 'CREDIT_SALE', 'RETURN')
   GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT ("merchantId", "day", "category") DO UPDATE
     SET "soldPaise" = s."soldPaise" + EXCLUDED."soldPaise", "soldMilli" = s."soldMilli" + EXCLUDED."soldMilli",
         "returnedPaise" = s."returnedPaise" + EXCLUDED."returnedPaise",
         "returnedMilli" = s."returnedMilli" + EXCLUDED."returnedMilli";

  INSERT INTO "SalesDayProduct" AS s ("merchantId", "day", "productId", "name", "soldPaise", "soldMilli", "returnedPaise", "returnedMilli")
  SELECT t."merchantId", (t."occurredAt" AT TIME ZONE 'UTC' AT TIME ZONE m."timeZone")::date, x.product, max(x.name),
         p_sign * coalesce(sum(x.paise) FILTER (WHERE t."type" <> 'RETURN'), 0),
         p_sign * coalesce(sum(x.milli) FILTER (WHERE t."type" <> 'RETURN'), 0),
         p_sign * coalesce(sum(x.paise) FILTER (WHERE t."type" = 'RETURN'), 0),
         p_sign * coalesce(sum(x.milli) FILTER (WHERE t."type" = 'RETURN'), 0)
    FROM unnest(p_tx, p_category, p_product, p_name, p_paise, p_milli) AS x(tx, category, product, name, paise, milli)
    JOIN "Transaction" t ON t."id" = x.tx
    JOIN "Merchant" m ON m."id" = t."merchantId"
   WHERE x.product IS NOT NULL AND t."type" IN ('SALE', 'CREDIT_SALE', 'RETURN')
   GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT ("merchantId", "day", "productId") DO UPDATE
     SET "name" = greatest(s."name", EXCLUDED."name"),
         "soldPaise" = s."soldPaise" + EXCLUDED."soldPaise", "soldMilli" = s."soldMilli" + EXCLUDED."soldMilli",
         "returnedPaise" = s."returnedPaise" + EXCLUDED."returnedPaise",
         "returnedMilli" = s."returnedMilli" + EXCLUDED."returnedMilli";
END $$;

-- Ledger rows are never edited or deleted by the app (append-only: the sale write sets its
-- flags after the insert, which the WHEN clauses below let through untouched). Should a
-- row's day, amount, kind, method, tab or voided entry change anyway (a data fix), or rows
-- be deleted, the local days they touch (and their voided entries' days) are recounted.
CREATE FUNCTION summary_rebuild_days_of(p_merchant text, p_at timestamp[], p_voids text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_days date[];
BEGIN
  SELECT array_agg(DISTINCT (x AT TIME ZONE 'UTC' AT TIME ZONE m."timeZone")::date) INTO v_days
    FROM (SELECT unnest(p_at) AS x
          UNION ALL
          SELECT v."occurredAt" FROM "Transaction" v WHERE v."merchantId" = p_merchant AND v."id" = ANY (p_voids)) a
    JOIN "Merchant" m ON m."id" = p_merchant
   WHERE x IS NOT NULL;
  PERFORM summary_rebuild(p_merchant, v_days);
END $$;

CREATE FUNCTION summary_transaction_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM summary_rebuild_days_of(OLD."merchantId", ARRAY[OLD."occurredAt"], ARRAY[OLD."voidsId"]);
  PERFORM summary_rebuild_days_of(NEW."merchantId", ARRAY[NEW."occurredAt"], ARRAY[NEW."voidsId"]);
  RETURN NULL;
END $$;

CREATE FUNCTION summary_transaction_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM summary_rebuild_days_of(OLD."merchantId", ARRAY[OLD."occurredAt"], ARRAY[OLD."voidsId"]);
  RETURN NULL;
END $$;

-- A line item changed or deleted: its entry's day (before and after) is recounted.
CREATE FUNCTION summary_items_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  v_old text := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN OLD."transactionId" END;
  v_new text := CASE WHEN TG_OP = 'UPDATE' THEN NEW."transactionId" END;
BEGIN
  PERFORM summary_rebuild_days_of(t."merchantId", array_agg(t."occurredAt"), NULL)
     FROM "Transaction" t
    WHERE t."id" IN (v_old, v_new)
    GROUP BY t."merchantId" ORDER BY t."merchantId";
  RETURN NULL;
END $$;

-- A shop that changes its time zone changes where each of its days begins.
CREATE FUNCTION summary_rebuild_shop() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM summary_rebuild(NEW."id");
  RETURN NULL;
END $$;

-- All at commit, in the order the writes were made: a recount then sees every row of the
-- transaction, and a new row on a recounted day is not added twice.
CREATE CONSTRAINT TRIGGER summary_entry AFTER INSERT ON "Transaction" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION summary_entry_commit();
CREATE CONSTRAINT TRIGGER summary_transaction_update AFTER UPDATE ON "Transaction" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW
  WHEN (OLD."occurredAt" IS DISTINCT FROM NEW."occurredAt" OR OLD."amountPaise" IS DISTINCT FROM NEW."amountPaise"
     OR OLD."type" IS DISTINCT FROM NEW."type" OR OLD."method" IS DISTINCT FROM NEW."method"
     OR OLD."customerId" IS DISTINCT FROM NEW."customerId" OR OLD."voidsId" IS DISTINCT FROM NEW."voidsId"
     OR OLD."merchantId" IS DISTINCT FROM NEW."merchantId")
  EXECUTE FUNCTION summary_transaction_update();
CREATE CONSTRAINT TRIGGER summary_transaction_delete AFTER DELETE ON "Transaction" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION summary_transaction_delete();
CREATE CONSTRAINT TRIGGER summary_items_update AFTER UPDATE ON "TransactionItem" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW
  WHEN (OLD."transactionId" IS DISTINCT FROM NEW."transactionId" OR OLD."productId" IS DISTINCT FROM NEW."productId"
     OR OLD."category" IS DISTINCT FROM NEW."category" OR OLD."name" IS DISTINCT FROM NEW."name"
     OR OLD."lineTotalPaise" IS DISTINCT FROM NEW."lineTotalPaise" OR OLD."quantityMilli" IS DISTINCT FROM NEW."quantityMilli")
  EXECUTE FUNCTION summary_items_change();
CREATE CONSTRAINT TRIGGER summary_items_delete AFTER DELETE ON "TransactionItem" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION summary_items_change();
CREATE CONSTRAINT TRIGGER summary_shop_time_zone AFTER UPDATE OF "timeZone" ON "Merchant" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (OLD."timeZone" IS DISTINCT FROM NEW."timeZone") EXECUTE FUNCTION summary_rebuild_shop();

-- Backfill: the summary of the ledger as it stands.
SELECT summary_rebuild(NULL);
