// Drill 3: bad input. Thousands of malformed, oversized, wrong-typed and hostile requests to
// every /api/v1 operation (from /api/v1/openapi.json) and to the web sign-in form. Zero 5xx,
// zero hangs, and every API error in the documented shape {"error": {code, message}}.
//   BENCH_CONCURRENCY=4 npx tsx bench/drills/bad-input.ts
import crypto from "node:crypto";
import { createCustomerUsers, createProducts, createShops, PASSWORD } from "../lib/fixtures";
import { ALL_VALUES, HOSTILE_IDS, HOSTILE_STRINGS, fieldsOf, rawVariants, sampleOf, withValue } from "../lib/hostile";
import { apiLogin, cookiesOf, json, request, type Reply, type RequestOptions } from "../lib/http";
import { inBatches } from "../lib/load";
import { isMain, machine, opt, printTable, verdict, writeResult } from "../lib/report";
import { withStack } from "../lib/stack";

const CONCURRENCY = opt("concurrency", 4);
const TIMEOUT_MS = opt("timeout-ms", 10_000);

type Op = { method: string; path: string; roles: string[] | null; body: unknown; query: { name: string }[] };
type Case = { op: string; label: string; path: string; opts: RequestOptions; api: boolean };

function operations(doc: { paths: Record<string, Record<string, Record<string, unknown>>> }): Op[] {
  const ops: Op[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, o] of Object.entries(methods)) {
      const body = (o.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined)?.content?.[
        "application/json"
      ]?.schema;
      const params = ((o.parameters as { name: string; in: string }[] | undefined) ?? []).filter(
        (p) => p.in === "query",
      );
      ops.push({
        method: method.toUpperCase(),
        path,
        roles: (o["x-roles"] as string[] | undefined) ?? null,
        body,
        query: params,
      });
    }
  }
  return ops;
}

/** Percent-encode; a lone surrogate (not encodable) is sent as the invalid UTF-8 it would be. */
const enc = (v: string) => {
  try {
    return encodeURIComponent(v);
  } catch {
    return "%ED%A0%80";
  }
};

const isErrorShape = (r: Reply) => {
  const e = json<{ error?: { code?: unknown; message?: unknown } }>(r)?.error;
  return typeof e?.code === "string" && typeof e?.message === "string";
};

export async function badInput() {
  return withStack({}, async (stack) => {
    const [shop] = await createShops(stack.pool, "bi", 1);
    const [productId] = await createProducts(stack.pool, shop!.merchantId, 5, 1_000_000);
    const [cust] = await createCustomerUsers(stack.pool, "bic", 1);
    await stack.pool.query(
      `INSERT INTO "Customer" ("id", "merchantId", "name", "phone", "updatedAt") VALUES ('bi-tab', $1, 'Tab', '9123456780', now())`,
      [shop!.merchantId],
    );
    const tokens: Record<string, string> = {
      MERCHANT: await apiLogin(stack.baseUrl, shop!.email, PASSWORD),
      CUSTOMER: await apiLogin(stack.baseUrl, cust!.email, PASSWORD),
    };
    const doc = json<{ paths: Record<string, Record<string, Record<string, unknown>>> }>(
      await request(stack.baseUrl, "/api/v1/openapi.json"),
    );
    if (!doc?.paths) throw new Error("no /api/v1/openapi.json");
    const ops = operations(doc);
    const realId = (p: string) =>
      p.includes("/products/")
        ? productId!
        : p.includes("/customers/")
          ? "bi-tab"
          : p.includes("/shops/")
            ? shop!.merchantId
            : "nope";
    const bases: Record<string, unknown> = {
      "POST /api/v1/sales": { clientId: "", payment: "cash", items: [{ productId, quantity: 1 }] },
      "POST /api/v1/orders": {
        shopId: shop!.merchantId,
        items: [{ productId, quantity: 1 }],
        paymentMethod: "cash",
        clientId: "",
      },
      "POST /api/v1/payments": { customerId: "bi-tab", amountPaise: 100, method: "cash", clientId: "" },
    };

    const cases: Case[] = [];
    for (const op of ops) {
      const name = `${op.method} ${op.path}`;
      // Logout would revoke the token the other cases use: it only ever gets bad credentials.
      const token =
        op.path.endsWith("/logout") || !op.roles
          ? undefined
          : tokens[op.roles.includes("MERCHANT") ? "MERCHANT" : op.roles.includes("CUSTOMER") ? "CUSTOMER" : ""];
      // An event stream never ends: take what arrives in 1.5 s (an error answer ends at once).
      const streamMs = op.path.endsWith("/events") ? 1500 : undefined;
      const url = (id?: string) => op.path.replace(/\{[^}]+\}/g, () => enc(id ?? realId(op.path)));
      const add = (label: string, opts: RequestOptions, path = url()) =>
        cases.push({ op: name, label, path, api: true, opts: { method: op.method, token, streamMs, ...opts } });
      // Who: no credentials, garbage credentials.
      for (const [label, headers] of [
        ["bearer sql", { authorization: "Bearer ' OR 1=1 --" }],
        ["bearer long", { authorization: `Bearer ${"A".repeat(8000)}` }],
        ["basic auth", { authorization: "Basic YWRtaW46YWRtaW4=" }],
        ["cookie garbage", { cookie: "next-auth.session-token=%E0%A4%A; next-auth.session-token.0=x" }],
      ] as const) {
        add(label, { token: undefined, headers: { ...headers } });
      }
      if (op.path.includes("{")) for (const id of HOSTILE_IDS) add(`path id ${id.slice(0, 20)}`, {}, url(id));
      // A method the path does not have.
      for (const m of ["PUT", "PATCH", "DELETE", "OPTIONS"])
        if (!ops.some((o) => o.path === op.path && o.method === m))
          add(`method ${m}`, { method: m, body: m === "OPTIONS" ? undefined : {} });
      for (const q of [...op.query.map((p) => p.name), "limit", "cursor", "unknown"]) {
        for (const v of [...HOSTILE_STRINGS.slice(0, 24), "-5", "1e400", "99999999999999999999"])
          add(`query ${q}=${String(v).slice(0, 16)}`, {}, `${url()}?${q}=${enc(String(v))}`);
      }
      if (op.method === "GET" || op.method === "DELETE") continue;
      for (const raw of rawVariants())
        add(`raw ${raw.label}`, { body: raw.body, contentType: raw.contentType, chunked: raw.chunked });
      const base = bases[name] ?? sampleOf(op.body as never);
      for (const f of fieldsOf(op.body as never)) {
        for (const v of ALL_VALUES)
          add(`${f.path.join(".")} = ${JSON.stringify(v)?.slice(0, 24)}`, {
            body: withValue(withValue(base, ["clientId"], crypto.randomUUID()), f.path, v),
          });
        add(`${f.path.join(".")} missing`, { body: withValue(base, f.path, undefined) });
      }
    }
    // Paths that are not endpoints at all.
    for (const p of [
      "/api/v1/nope",
      "/api/v1/sales/x/y/z",
      "/api/v1/%00",
      "/api/v1/products/..%2f..%2fetc%2fpasswd",
      `/api/v1/${"a".repeat(5000)}`,
    ]) {
      cases.push({
        op: "unknown /api/v1 path",
        label: p.slice(0, 40),
        path: p,
        api: true,
        opts: { token: tokens.MERCHANT },
      });
    }
    // The web sign-in form (next-auth credentials), with and without its CSRF token.
    const csrf = await request(stack.baseUrl, "/api/auth/csrf");
    const jar = cookiesOf(csrf);
    const csrfToken = json<{ csrfToken: string }>(csrf)?.csrfToken ?? "";
    const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
    for (const v of [...HOSTILE_STRINGS, "x".repeat(100_000)]) {
      for (const [label, fields] of [
        ["login", { csrfToken, login: v, password: "whatever1" }],
        ["password", { csrfToken, login: shop!.email, password: v }],
        ["no csrf", { login: v, password: v }],
      ] as const) {
        cases.push({
          op: "POST /api/auth/callback/credentials",
          label: `${label} ${v.slice(0, 16)}`,
          path: "/api/auth/callback/credentials",
          api: false,
          opts: {
            body: form(fields),
            contentType: "application/x-www-form-urlencoded",
            cookie: jar,
            headers: { origin: stack.baseUrl },
          },
        });
      }
    }
    for (const raw of rawVariants()) {
      cases.push({
        op: "POST /api/auth/callback/credentials",
        label: `raw ${raw.label}`,
        path: "/api/auth/callback/credentials",
        api: false,
        opts: { body: raw.body, contentType: raw.contentType, chunked: raw.chunked, cookie: jar },
      });
    }

    console.log(`${cases.length} hostile requests over ${ops.length} operations + the sign-in form`);
    const before = machine();
    const perOp = new Map<
      string,
      { sent: number; fivexx: number; hangs: number; badShape: number; statuses: Record<number, number> }
    >();
    const examples: string[] = [];
    const shapeExamples: string[] = [];
    const t0 = performance.now();
    await inBatches(cases, CONCURRENCY, async (c) => {
      const r = await request(stack.baseUrl, c.path, { timeoutMs: TIMEOUT_MS, ...c.opts });
      const s = perOp.get(c.op) ?? { sent: 0, fivexx: 0, hangs: 0, badShape: 0, statuses: {} };
      perOp.set(c.op, s);
      s.sent++;
      s.statuses[r.status] = (s.statuses[r.status] ?? 0) + 1;
      const fivexx = r.status >= 500;
      const hang = r.status === 0;
      const badShape = c.api && r.status >= 400 && !isErrorShape(r);
      if (fivexx) s.fivexx++;
      if (hang) s.hangs++;
      if (badShape) s.badShape++;
      if (badShape && shapeExamples.length < 10)
        shapeExamples.push(`${c.op} [${c.label}] -> ${r.status} ${r.text.slice(0, 120).replace(/\s+/g, " ")}`);
      // Up to 3 examples per operation, so every failing operation shows its cause.
      if ((fivexx || hang) && examples.filter((e) => e.startsWith(`${c.op} [`)).length < 3)
        examples.push(
          `${c.op} [${c.label}] -> ${r.status} ${r.error ?? ""} ${r.text.slice(0, 120).replace(/\s+/g, " ")}`,
        );
    });
    const seconds = (performance.now() - t0) / 1000;
    const rows = [...perOp].map(([op, s]) => ({ op, ...s, statuses: JSON.stringify(s.statuses) }));
    const total = rows.reduce(
      (a, r) => ({
        sent: a.sent + r.sent,
        fivexx: a.fivexx + r.fivexx,
        hangs: a.hangs + r.hangs,
        badShape: a.badShape + r.badShape,
      }),
      { sent: 0, fivexx: 0, hangs: 0, badShape: 0 },
    );
    const alive = (await request(stack.baseUrl, "/api/health")).status === 200;
    const pass = total.sent >= 2000 && total.fivexx === 0 && total.hangs === 0 && total.badShape === 0 && alive;
    printTable(`bad input: ${total.sent} requests in ${seconds.toFixed(1)} s`, rows);
    if (examples.length) console.log(`\n5xx and hangs (up to 3 per operation):\n  ${examples.join("\n  ")}`);
    if (shapeExamples.length) console.log(`\nnot the documented error shape:\n  ${shapeExamples.join("\n  ")}`);
    const log = stack.appLog().split("\n");
    const app500s = [
      ...new Set(log.filter((l) => /unexpected error|Error:|error/i.test(l)).map((l) => l.trim().slice(0, 200))),
    ].slice(0, 12);
    if (app500s.length) console.log(`\napp log:\n  ${app500s.join("\n  ")}`);
    console.log(
      `\n${verdict(pass)}  sent ${total.sent}, 5xx ${total.fivexx}, hangs ${total.hangs}, wrong error shape ${total.badShape}, app healthy after: ${alive}`,
    );
    writeResult("drill-bad-input", {
      options: { concurrency: CONCURRENCY, timeoutMs: TIMEOUT_MS },
      loadBefore: before,
      seconds: Math.round(seconds),
      total,
      perOperation: rows,
      failures: examples,
      wrongShape: shapeExamples,
      verdict: verdict(pass),
    });
    return pass;
  });
}

if (isMain(import.meta.url)) {
  badInput().then(
    (ok) => process.exit(ok ? 0 : 1),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
