-- The counter sale adds itself to the daily summary (issue 21). What one ledger entry adds to
-- the summary is now ONE function, summary_entry_add, called by both of its writers:
-- - record_sale, at its end, with the lines it already holds (no row is read back),
-- - the commit-time trigger summary_entry (migration daily_summary) for every other writer
--   (voids, returns, payments, orders, bulk loads), which reads the entry and its items back.
-- The trigger skips a row whose id record_sale put in the transaction-local setting
-- summary.inline (a constraint trigger's WHEN is tested when the row is inserted).
-- record_sale is otherwise the function of migration sale_function.

-- What one entry adds (sign 1) or, voided, takes off (sign -1) on its shop-local day: SalesDay,
-- and for a sale or a return the tab's day and its lines by category and by product (sold, or
-- returned for a return). Keypad amounts (no product) are no category or product. Rows are
-- locked in the order every summary writer uses: SalesDay, the tab's day, categories, products,
-- each in key order.
CREATE FUNCTION summary_entry_add(p_merchant text, p_day date, p_type "TransactionType", p_method "PaymentMethod",
                                  p_customer text, p_amount bigint, p_sign int, p_category text[], p_product text[],
                                  p_name text[], p_paise bigint[], p_milli bigint[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_ret boolean := p_type = 'RETURN';
BEGIN
  INSERT INTO "SalesDay" AS s ("merchantId", "day", "kind", "method", "known", "amountPaise", "count", "voidedPaise", "voidedCount")
  VALUES (p_merchant, p_day, p_type, p_method, p_customer IS NOT NULL, p_sign * p_amount, p_sign,
          CASE WHEN p_sign < 0 THEN p_amount ELSE 0 END, CASE WHEN p_sign < 0 THEN 1 ELSE 0 END)
  ON CONFLICT ("merchantId", "day", "kind", "method", "known") DO UPDATE
     SET "amountPaise" = s."amountPaise" + EXCLUDED."amountPaise", "count" = s."count" + EXCLUDED."count",
         "voidedPaise" = s."voidedPaise" + EXCLUDED."voidedPaise", "voidedCount" = s."voidedCount" + EXCLUDED."voidedCount";

  IF p_type NOT IN ('SALE', 'CREDIT_SALE', 'RETURN') THEN RETURN; END IF;
  IF p_customer IS NOT NULL THEN
    INSERT INTO "SalesDayCustomer" AS s ("merchantId", "day", "customerId", "salesPaise", "salesCount", "returnedPaise")
    VALUES (p_merchant, p_day, p_customer,
            CASE WHEN v_ret THEN 0 ELSE p_sign * p_amount END, CASE WHEN v_ret THEN 0 ELSE p_sign END,
            CASE WHEN v_ret THEN p_sign * p_amount ELSE 0 END)
    ON CONFLICT ("merchantId", "day", "customerId") DO UPDATE
       SET "salesPaise" = s."salesPaise" + EXCLUDED."salesPaise", "salesCount" = s."salesCount" + EXCLUDED."salesCount",
           "returnedPaise" = s."returnedPaise" + EXCLUDED."returnedPaise";
  END IF;

  INSERT INTO "SalesDayCategory" AS s ("merchantId", "day", "category", "soldPaise", "soldMilli", "returnedPaise", "returnedMilli")
  SELECT p_merchant, p_day, x.category,
         CASE WHEN v_ret THEN 0 ELSE p_sign * sum(x.paise) END, CASE WHEN v_ret THEN 0 ELSE p_sign * sum(x.milli) END,
         CASE WHEN v_ret THEN p_sign * sum(x.paise) ELSE 0 END, CASE WHEN v_ret THEN p_sign * sum(x.milli) ELSE 0 END
    FROM unnest(p_category, p_product, p_paise, p_milli) AS x(category, product, paise, milli)
   WHERE x.product IS NOT NULL
   GROUP BY x.category ORDER BY x.category
  ON CONFLICT ("merchantId", "day", "category") DO UPDATE
     SET "soldPaise" = s."soldPaise" + EXCLUDED."soldPaise", "soldMilli" = s."soldMilli" + EXCLUDED."soldMilli",
         "returnedPaise" = s."returnedPaise" + EXCLUDED."returnedPaise",
         "returnedMilli" = s."returnedMilli" + EXCLUDED."returnedMilli";

  INSERT INTO "SalesDayProduct" AS s ("merchantId", "day", "productId", "name", "soldPaise", "soldMilli", "returnedPaise", "returnedMilli")
  SELECT p_merchant, p_day, x.product, max(x.name),
         CASE WHEN v_ret THEN 0 ELSE p_sign * sum(x.paise) END, CASE WHEN v_ret THEN 0 ELSE p_sign * sum(x.milli) END,
         CASE WHEN v_ret THEN p_sign * sum(x.paise) ELSE 0 END, CASE WHEN v_ret THEN p_sign * sum(x.milli) ELSE 0 END
    FROM unnest(p_product, p_name, p_paise, p_milli) AS x(product, name, paise, milli)
   WHERE x.product IS NOT NULL
   GROUP BY x.product ORDER BY x.product
  ON CONFLICT ("merchantId", "day", "productId") DO UPDATE
     SET "name" = greatest(s."name", EXCLUDED."name"),
         "soldPaise" = s."soldPaise" + EXCLUDED."soldPaise", "soldMilli" = s."soldMilli" + EXCLUDED."soldMilli",
         "returnedPaise" = s."returnedPaise" + EXCLUDED."returnedPaise",
         "returnedMilli" = s."returnedMilli" + EXCLUDED."returnedMilli";
END $$;

-- At commit, for each new ledger row the sale function did not add itself: the entry on its own
-- day, or for a VOID the voided entry (and its line items) taken off that entry's day.
CREATE OR REPLACE FUNCTION summary_entry_commit() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  e "Transaction"%ROWTYPE;
  v_sign int := 1;
  v_day date;
  v_rebuilt text := coalesce(current_setting('summary.rebuilt', true), '');
  v_category text[];
  v_product text[];
  v_name text[];
  v_paise bigint[];
  v_milli bigint[];
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
  IF e."type" IN ('SALE', 'CREDIT_SALE', 'RETURN') THEN
    SELECT array_agg(i."category"), array_agg(i."productId"), array_agg(i."name"),
           array_agg(i."lineTotalPaise"::bigint), array_agg(i."quantityMilli"::bigint)
      INTO v_category, v_product, v_name, v_paise, v_milli
      FROM "TransactionItem" i
     WHERE i."merchantId" = e."merchantId" AND i."transactionId" = e."id" AND i."productId" IS NOT NULL;
  END IF;
  PERFORM summary_entry_add(e."merchantId", v_day, e."type", e."method", e."customerId", e."amountPaise", v_sign,
                            v_category, v_product, v_name, v_paise, v_milli);
  RETURN NULL;
END $$;

-- Its lines now go through summary_entry_add.
DROP FUNCTION summary_items_apply(text[], text[], text[], text[], bigint[], bigint[], int);

DROP TRIGGER summary_entry ON "Transaction";
CREATE CONSTRAINT TRIGGER summary_entry AFTER INSERT ON "Transaction" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW."id" IS DISTINCT FROM current_setting('summary.inline', true))
  EXECUTE FUNCTION summary_entry_commit();

CREATE OR REPLACE FUNCTION record_sale(p jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  m_id text := p->>'merchantId';
  tx_id text := p->>'id';
  total integer := (p->>'amountPaise')::integer;
  created_ts timestamp(3) := (p->>'createdAt')::timestamptz AT TIME ZONE 'UTC';
  occurred_ts timestamp(3) := (p->>'occurredAt')::timestamptz AT TIME ZONE 'UTC';
  v_day date;
  offline boolean := coalesce((p->>'offline')::boolean, false);
  sell_short boolean := coalesce((p->>'offline')::boolean, false);
  shift_id text;
  c_id text;
  c_name text;
  c_phone text;
  c_user text;
  c_limit integer;
  guest_id text;
  short boolean := false;
  over boolean := false;
  bal bigint;
  left_milli integer;
  line record;
  b jsonb := p->'bill';
  bill_number text;
BEGIN
  IF p->>'shiftId' IS NOT NULL THEN
    SELECT s."id" INTO shift_id FROM "Shift" s WHERE s."id" = p->>'shiftId' AND s."merchantId" = m_id;
  ELSE
    SELECT s."id" INTO shift_id FROM "Shift" s WHERE s."merchantId" = m_id AND s."openCounter" = 'main';
  END IF;

  IF p->>'customerId' IS NOT NULL THEN
    SELECT c."id", c."name", c."phone", c."userId" INTO c_id, c_name, c_phone, c_user
      FROM "Customer" c WHERE c."id" = p->>'customerId' AND c."merchantId" = m_id;
    IF c_id IS NULL THEN
      RAISE EXCEPTION USING MESSAGE = 'record_sale:' || jsonb_build_object('error', 'customer_not_found')::text;
    END IF;
  ELSIF jsonb_typeof(p->'newCustomer') = 'object' THEN
    -- The phone names a person at this shop: an existing tab is reused, its name kept.
    IF p->'newCustomer'->>'phone' IS NOT NULL THEN
      INSERT INTO "Customer" ("id", "merchantId", "name", "phone", "createdAt", "updatedAt")
      VALUES (gen_random_uuid()::text, m_id, p->'newCustomer'->>'name', p->'newCustomer'->>'phone', created_ts, created_ts)
      ON CONFLICT ("merchantId", "phone") DO NOTHING
      RETURNING "id", "name", "phone", "userId" INTO c_id, c_name, c_phone, c_user;
      IF c_id IS NULL THEN
        SELECT c."id", c."name", c."phone", c."userId" INTO c_id, c_name, c_phone, c_user
          FROM "Customer" c WHERE c."merchantId" = m_id AND c."phone" = p->'newCustomer'->>'phone';
      END IF;
    ELSE
      INSERT INTO "Customer" ("id", "merchantId", "name", "createdAt", "updatedAt")
      VALUES (gen_random_uuid()::text, m_id, p->'newCustomer'->>'name', created_ts, created_ts)
      RETURNING "id", "name", "phone", "userId" INTO c_id, c_name, c_phone, c_user;
    END IF;
  END IF;
  IF p->>'type' = 'CREDIT_SALE' AND c_id IS NULL THEN
    RAISE EXCEPTION USING MESSAGE = 'record_sale:' || jsonb_build_object('error', 'credit_needs_customer')::text;
  END IF;

  -- A paid sale to nobody in particular gets its own walk-in guest row.
  IF c_id IS NULL THEN
    guest_id := gen_random_uuid()::text;
    INSERT INTO "GuestUser" ("id", "merchantId", "createdAt") VALUES (guest_id, m_id, created_ts);
  END IF;

  -- First the ledger row: it claims the clientId, so a concurrent duplicate waits on the unique
  -- index and then fails, instead of racing this sale for stock or credit. This function adds
  -- the row to the daily summary itself (below), so the commit-time trigger leaves it alone
  -- (its WHEN compares the row's id with summary.inline, a setting of this transaction only).
  PERFORM set_config('summary.inline', tx_id, true);
  INSERT INTO "Transaction" ("id", "merchantId", "type", "method", "amountPaise", "customerId", "guestId",
    "clientId", "note", "createdById", "shiftId", "occurredAt", "createdAt")
  VALUES (tx_id, m_id, (p->>'type')::"TransactionType", (p->>'method')::"PaymentMethod", total, c_id, guest_id,
    p->>'clientId', p->>'note', p->>'actorId', shift_id, occurred_ts, created_ts);

  INSERT INTO "TransactionItem" ("id", "transactionId", "merchantId", "productId", "name", "category",
    "unitPricePaise", "quantityMilli", "unit", "lineTotalPaise", "hsn", "gstRateBp", "discountPaise",
    "taxablePaise", "taxPaise")
  SELECT l."id", tx_id, m_id, l."productId", l."name", l."category", l."unitPricePaise",
    l."quantityMilli", l."unit"::"Unit", l."lineTotalPaise", l."hsn", l."gstRateBp", l."discountPaise",
    l."taxablePaise", l."taxPaise"
  FROM jsonb_to_recordset(p->'lines') AS l("id" text, "productId" text, "name" text, "category" text, "unitPricePaise" integer,
    "quantityMilli" integer, "unit" text, "lineTotalPaise" integer, "hsn" text, "gstRateBp" integer,
    "discountPaise" integer, "taxablePaise" integer, "taxPaise" integer);

  -- Short stock is accepted offline (already sold) or when the counter said so and the shop allows it.
  IF NOT sell_short AND coalesce((p->>'allowShortStock')::boolean, false) THEN
    SELECT m."sellPastStock" INTO sell_short FROM "Merchant" m WHERE m."id" = m_id;
    sell_short := coalesce(sell_short, false);
  END IF;
  -- Product-id order (byte order, as lib/domain/stock.ts sorts): the same lock order as every
  -- other stock writer, so two carts never wait on each other in opposite orders.
  FOR line IN
    SELECT l."productId" AS pid, l."quantityMilli" AS q
      FROM jsonb_to_recordset(p->'lines') AS l("productId" text, "quantityMilli" integer)
     WHERE l."productId" IS NOT NULL
     ORDER BY l."productId" COLLATE "C"
  LOOP
    UPDATE "Product" SET "stockMilli" = "stockMilli" - line.q, "updatedAt" = now()
     WHERE "id" = line.pid AND "merchantId" = m_id AND "stockMilli" >= line.q;
    IF NOT FOUND THEN
      IF NOT sell_short THEN
        SELECT pr."stockMilli" INTO left_milli FROM "Product" pr WHERE pr."id" = line.pid AND pr."merchantId" = m_id;
        RAISE EXCEPTION USING MESSAGE = 'record_sale:' || jsonb_build_object('error', 'insufficient_stock',
          'productId', line.pid, 'availableMilli', greatest(coalesce(left_milli, 0), 0))::text;
      END IF;
      short := true;
      UPDATE "Product" SET "stockMilli" = "stockMilli" - line.q, "updatedAt" = now()
       WHERE "id" = line.pid AND "merchantId" = m_id;
    END IF;
  END LOOP;
  INSERT INTO "StockMovement" ("id", "merchantId", "productId", "quantityMilli", "reason", "refId", "createdById", "createdAt")
  SELECT gen_random_uuid()::text, m_id, l."productId", -l."quantityMilli", 'SALE'::"StockReason", tx_id, p->>'actorId', created_ts
    FROM jsonb_to_recordset(p->'lines') AS l("productId" text, "quantityMilli" integer)
   WHERE l."productId" IS NOT NULL
   ORDER BY l."productId" COLLATE "C";

  -- Pay later: lock the tab (as payments and voids do), then its balance includes this sale.
  IF p->>'type' = 'CREDIT_SALE' THEN
    SELECT c."creditLimitPaise" INTO c_limit FROM "Customer" c
     WHERE c."id" = c_id AND c."merchantId" = m_id FOR NO KEY UPDATE;
    SELECT coalesce(SUM(CASE
        WHEN t."type" = 'CREDIT_SALE' THEN t."amountPaise"
        WHEN t."type" = 'PAYMENT' THEN -t."amountPaise"
        WHEN t."type" = 'VOID' AND t."method" = 'CREDIT' THEN -t."amountPaise"
        WHEN t."type" = 'RETURN' AND t."method" = 'CREDIT' THEN -t."amountPaise"
        ELSE 0 END), 0) INTO bal
      FROM "Transaction" t WHERE t."merchantId" = m_id AND t."customerId" = c_id;
    IF c_limit IS NOT NULL AND bal > c_limit THEN
      IF offline THEN
        over := true;
      ELSIF p->>'overLimit' = 'allowed' THEN
        over := true;
        INSERT INTO "AuditLog" ("id", "actorId", "actorRole", "merchantId", "action", "entity", "entityId", "after", "createdAt")
        VALUES (gen_random_uuid()::text, p->>'actorId', 'MERCHANT'::"Role", m_id, 'sale.over_limit_allowed', 'Transaction', tx_id,
          jsonb_build_object('customerId', c_id, 'salePaise', total), created_ts);
      ELSIF p->>'overLimit' = 'forbidden' THEN
        RAISE EXCEPTION USING MESSAGE = 'record_sale:' || jsonb_build_object('error', 'over_limit_not_allowed')::text;
      ELSE
        RAISE EXCEPTION USING MESSAGE = 'record_sale:' || jsonb_build_object('error', 'credit_limit_exceeded',
          'limitPaise', c_limit, 'duePaise', bal - total, 'salePaise', total, 'customerId', c_id, 'customerName', c_name)::text;
      END IF;
    END IF;
  END IF;
  IF short OR over THEN
    UPDATE "Transaction" SET "stockException" = short, "overLimit" = over WHERE "id" = tx_id;
  END IF;

  -- Last: the series' counter row stays locked until commit (consecutive numbers, no gap).
  WITH c AS (
    INSERT INTO "BillCounter" ("merchantId", "series", "fy", "last") VALUES (m_id, b->>'series', b->>'fy', 1)
    ON CONFLICT ("merchantId", "series", "fy") DO UPDATE SET "last" = "BillCounter"."last" + 1
    RETURNING "last")
  INSERT INTO "Bill" ("id", "merchantId", "transactionId", "kind", "series", "fy", "seq", "number", "issuedAt",
    "taxablePaise", "cgstPaise", "sgstPaise", "igstPaise", "roundOffPaise", "totalPaise", "rates",
    "buyerGstin", "buyerName", "buyerAddress", "placeOfSupply", "originalBillId")
  SELECT b->>'id', m_id, tx_id, (b->>'kind')::"BillKind", b->>'series', b->>'fy', c."last",
    (b->>'series') || '/' || (b->>'fy') || '/' || lpad(c."last"::text, (b->>'seqDigits')::integer, '0'),
    occurred_ts,
    (b->>'taxablePaise')::integer, (b->>'cgstPaise')::integer, (b->>'sgstPaise')::integer, (b->>'igstPaise')::integer,
    (b->>'roundOffPaise')::integer, (b->>'totalPaise')::integer, b->'rates',
    b->>'buyerGstin', b->>'buyerName', b->>'buyerAddress', b->>'placeOfSupply', NULL
  FROM c
  RETURNING "number" INTO bill_number;

  -- The daily summary: this entry on its shop-local day, after every other lock of the sale (as the
  -- commit-time trigger does for other writers), held only until this statement commits.
  SELECT (occurred_ts AT TIME ZONE 'UTC' AT TIME ZONE m."timeZone")::date INTO v_day FROM "Merchant" m WHERE m."id" = m_id;
  PERFORM summary_entry_add(m_id, v_day, (p->>'type')::"TransactionType", (p->>'method')::"PaymentMethod", c_id, total, 1,
                            l.category, l.product, l.name, l.paise, l.milli)
     FROM (SELECT array_agg(x."category") AS category, array_agg(x."productId") AS product, array_agg(x."name") AS name,
                  array_agg(x."lineTotalPaise") AS paise, array_agg(x."quantityMilli") AS milli
             FROM jsonb_to_recordset(p->'lines') AS x("productId" text, "name" text, "category" text,
                                                      "lineTotalPaise" bigint, "quantityMilli" bigint)) l;

  -- The live event, completed with who hears it: delivered at commit (lib/realtime/publish.ts).
  IF jsonb_typeof(p->'event') = 'object' THEN
    PERFORM pg_notify(p->'event'->>'channel', ((p->'event'->'payload') || jsonb_build_object(
      'customerUserId', c_user,
      'at', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))::text);
  END IF;

  RETURN jsonb_build_object(
    'customer', CASE WHEN c_id IS NULL THEN NULL ELSE jsonb_build_object('id', c_id, 'name', c_name, 'phone', c_phone) END,
    'guestId', guest_id,
    'stockException', short,
    'overLimit', over,
    'balanceAfterPaise', bal,
    'billNumber', bill_number);
END
$$;
