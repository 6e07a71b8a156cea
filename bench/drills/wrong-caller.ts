// Drill 4: wrong caller. Every /api/v1 operation (from openapi.json) and every page, called as
// anonymous, as each wrong role and as the other shop / the other customer, with shop A's
// ids. Zero data returned: API 401/403/404 (or the caller's own, marker-free data); pages
// redirect to /login or the caller's home, or show the 404 page. Shop A's rows unchanged.
//   npx tsx bench/drills/wrong-caller.ts
import crypto from "node:crypto";
import { json, request } from "../lib/http";
import { isMain, machine, printTable, verdict, writeResult } from "../lib/report";
import { withStack } from "../lib/stack";
import { checkPages } from "../lib/wrong-caller-pages";
import { fingerprintA, leaks, makeWorld, MARKER, type Caller, type World } from "../lib/wrong-caller-setup";

type Op = { method: string; path: string; roles: string[] | "public" };
type Finding = { op: string; caller: string; status: number; leaked: string[]; ok: boolean; why: string };

/** Shop A's id for each path parameter, and a body that passes validation (so authorization is what answers). */
function requestFor(op: Op, w: World): { path: string; body?: unknown } {
  const id = op.path.includes("/products/")
    ? w.productA
    : op.path.includes("/customers/") || op.path.includes("/reminders/")
      ? w.tabA
      : op.path.includes("/orders/")
        ? w.orderA
        : op.path.includes("/sales/")
          ? w.saleA
          : op.path.includes("/shops/")
            ? w.shopA
            : "x";
  const path = op.path.replace(/\{[^}]+\}/g, id);
  const clientId = crypto.randomUUID();
  const bodies: Record<string, unknown> = {
    "POST /api/v1/sales": {
      clientId,
      payment: "pay_later",
      customerId: w.tabA,
      items: [{ productId: w.productA, quantity: 1 }],
    },
    "POST /api/v1/payments": { customerId: w.tabA, amountPaise: 100, method: "cash", clientId },
    "POST /api/v1/sales/{id}/void": { reason: "wrong caller drill", clientId },
    "POST /api/v1/sales/{id}/returns": { clientId, items: [{ productId: w.productA, quantity: 1 }], refund: "cash" },
    "PATCH /api/v1/reminders/{customerId}": { doNotRemind: true },
    // No shift of A is in the world: a stranger's call must still get 403/404, never act.
    "POST /api/v1/shifts/{id}/cash": { kind: "out", amountPaise: 100, reason: "wrong caller drill" },
    "POST /api/v1/shifts/{id}/close": { countedCashPaise: 0 },
    "PATCH /api/v1/products/{id}": { name: "Renamed by a stranger" },
    "PATCH /api/v1/orders/{id}": { status: "accepted" },
    "POST /api/v1/orders": {
      shopId: w.shopA,
      items: [{ productId: w.productA, quantity: 1 }],
      paymentMethod: "pay_later",
      clientId,
    },
    "POST /api/v1/products": {
      name: `Stranger product ${clientId.slice(0, 6)}`,
      category: "grocery",
      pricePaise: 1000,
      stock: 1,
    },
  };
  return {
    path,
    body: bodies[`${op.method} ${op.path}`] ?? (op.method === "GET" || op.method === "DELETE" ? undefined : {}),
  };
}

/** Operations whose data is meant for every caller of the role (the shop directory and catalogues, checkout). */
const OPEN_TO_ROLE = new Set(["GET /api/v1/shops", "GET /api/v1/shops/{id}/products", "POST /api/v1/orders"]);

async function checkApi(baseUrl: string, w: World, ops: Op[]): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const op of ops) {
    if (op.roles === "public") continue;
    const name = `${op.method} ${op.path}`;
    for (const c of w.callers) {
      const roleOk = !!c.role && op.roles.includes(c.role);
      if (roleOk && (c.owner || OPEN_TO_ROLE.has(name))) continue; // a rightful caller
      if (op.path.endsWith("/logout") && c.token) continue; // it would only end the caller's own session
      const { path, body } = requestFor(op, w);
      const stream = op.path.endsWith("/events");
      const r = await request(baseUrl, path, {
        method: op.method,
        token: c.token,
        body,
        streamMs: stream ? 2500 : undefined,
        headers: c.token ? {} : { origin: baseUrl },
      });
      const leaked = leaks(r.text, w.secrets);
      let ok: boolean;
      let why: string;
      if (!roleOk) {
        ok = [401, 403, 404].includes(r.status);
        why = c.role ? "wrong role: 401/403/404" : "anonymous: 401/403/404";
      } else {
        // Same role, other shop / other customer: shop A's ids are not found; lists hold only the caller's own rows.
        ok = op.path.includes("{") ? [403, 404].includes(r.status) : r.status < 500 && r.status !== 0;
        why = op.path.includes("{") ? "another owner's id: 403/404" : "own data only";
      }
      ok &&= leaked.length === 0;
      out.push({ op: name, caller: c.name, status: r.status, leaked, ok, why });
    }
  }
  return out;
}

/** While B and customer B listen to their event streams, A makes a sale: nothing of it may reach them. */
async function checkEvents(baseUrl: string, w: World): Promise<Finding[]> {
  // merchantA listens too, as the control: the sale must reach the rightful screen.
  const listeners = w.callers.filter((c) => c.name === "merchantB" || c.name === "customerB" || c.name === "merchantA");
  const merchantA = w.callers.find((c) => c.name === "merchantA")!;
  const streams = listeners.map((c) =>
    request(baseUrl, "/api/v1/events", { token: c.token, streamMs: 4000 }).then((r) => ({ c, r })),
  );
  await new Promise((r) => setTimeout(r, 1000));
  await request(baseUrl, "/api/v1/sales", {
    token: merchantA.token,
    body: {
      clientId: crypto.randomUUID(),
      payment: "pay_later",
      customerId: w.tabA,
      note: `${MARKER} live`,
      items: [{ productId: w.productA, quantity: 1 }],
    },
  });
  return (await Promise.all(streams)).map(({ c, r }) => {
    if (c.name === "merchantA") {
      const seen = /sale\.created/.test(r.text);
      return {
        op: "GET /api/v1/events (control: A's own screen)",
        caller: c.name,
        status: r.status,
        leaked: [],
        ok: seen,
        why: seen ? "control saw the sale" : "control saw no event: the check proves nothing",
      };
    }
    const leaked = leaks(r.text, w.secrets);
    return {
      op: "GET /api/v1/events (live sale at A)",
      caller: c.name,
      status: r.status,
      leaked,
      ok: leaked.length === 0 && r.status < 500,
      why: "no event of shop A",
    };
  });
}

export async function wrongCaller() {
  return withStack({}, async (stack) => {
    const w = await makeWorld(stack);
    const doc = json<{ paths: Record<string, Record<string, { "x-roles"?: string[] }>> }>(
      await request(stack.baseUrl, "/api/v1/openapi.json"),
    );
    if (!doc?.paths) throw new Error("no /api/v1/openapi.json");
    const ops: Op[] = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([m, o]) => ({
        method: m.toUpperCase(),
        path,
        roles: o["x-roles"] ?? ("public" as const),
      })),
    );
    const before = machine();
    const print0 = await fingerprintA(stack, w.shopA);
    const api = await checkApi(stack.baseUrl, w, ops);
    const pages = await checkPages(stack.baseUrl, w, (c: Caller) => c.cookie);
    const changed = (await fingerprintA(stack, w.shopA)) !== print0;
    // Last: A's own live sale (it changes A's rows rightfully).
    const events = await checkEvents(stack.baseUrl, w);
    const apiFail = [...api, ...events].filter((f) => !f.ok);
    const pageFail = pages.filter((f) => !f.ok);
    const summary = {
      apiOperations: ops.length,
      apiCalls: api.length + events.length,
      apiFailures: apiFail.length,
      pageCalls: pages.length,
      pageFailures: pageFail.length,
      shopAChangedByStrangers: changed ? "yes" : "no",
    };
    const byStatus = (fs: { caller: string; status: number }[]) => {
      const m = new Map<string, Record<number, number>>();
      for (const f of fs) m.set(f.caller, { ...m.get(f.caller), [f.status]: (m.get(f.caller)?.[f.status] ?? 0) + 1 });
      return [...m].map(([caller, s]) => ({ caller, statuses: JSON.stringify(s) }));
    };
    printTable("API: wrong callers' statuses", byStatus(api));
    printTable("pages: wrong callers' outcomes", byStatus(pages.map((p) => ({ caller: p.caller, status: p.status }))));
    if (apiFail.length)
      printTable(
        "API failures",
        apiFail.map((f) => ({ ...f, leaked: f.leaked.join(",") })),
      );
    if (pageFail.length)
      printTable(
        "page failures",
        pageFail.map((f) => ({ ...f, leaked: f.leaked.join(",") })),
      );
    const pass = apiFail.length === 0 && pageFail.length === 0 && !changed;
    printTable("summary", [summary]);
    console.log(
      `\n${verdict(pass)}  API calls ${summary.apiCalls} (failures ${apiFail.length}), page calls ${pages.length} (failures ${pageFail.length}), shop A changed by strangers: ${summary.shopAChangedByStrangers}`,
    );
    writeResult("drill-wrong-caller", {
      loadBefore: before,
      summary,
      apiFailures: apiFail,
      pageFailures: pageFail,
      api,
      events,
      pages,
      verdict: verdict(pass),
    });
    return pass;
  });
}

if (isMain(import.meta.url)) {
  wrongCaller().then(
    (ok) => process.exit(ok ? 0 : 1),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
