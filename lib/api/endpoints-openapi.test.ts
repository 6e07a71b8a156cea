// The OpenAPI document is a well-formed OpenAPI 3.1 document that lists every route file's
// operations, including the issue-8 endpoints with their lower-case enums and list paging.
import { describe, expect, it } from "vitest";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { ROUTE_MODULES } from "@/lib/api/routes";
import { callRoute } from "@/lib/api/testing";

type Json = Record<string, any>;
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const templateOf = (file: string) =>
  "/" +
  file
    .replace(/^app\//, "")
    .replace(/\/route\.ts$/, "")
    .replace(/\[(\.\.\.)?([^\]]+)\]/g, "{$2}");

async function document(): Promise<Json> {
  const res = await callRoute(openapi, "/api/v1/openapi.json");
  expect(res.status).toBe(200);
  return (await res.json()) as Json;
}

/** Every "$ref": "#/a/b" in the document points at something that exists. */
function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refs(n, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe("OpenAPI 3.1 document", () => {
  it("has the 3.1 shape: openapi, info, paths of operations with responses, unique operation ids, resolvable refs", async () => {
    const doc = await document();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    const ids = new Set<string>();
    for (const [path, item] of Object.entries(doc.paths as Record<string, Json>)) {
      expect(path.startsWith("/")).toBe(true);
      const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      for (const [method, op] of Object.entries(item)) {
        expect(METHODS, `${method} ${path}`).toContain(method);
        expect(typeof op.operationId).toBe("string");
        expect(ids.has(op.operationId), `duplicate operationId ${op.operationId}`).toBe(false);
        ids.add(op.operationId);
        const statuses = Object.keys(op.responses ?? {});
        expect(
          statuses.some((s) => /^2\d\d$/.test(s)),
          `${method} ${path} has no 2xx`,
        ).toBe(true);
        for (const s of statuses) {
          expect(s).toMatch(/^[1-5]\d\d$/);
          expect(typeof op.responses[s].description).toBe("string");
        }
        const pathParams = (op.parameters ?? []).filter((p: Json) => p.in === "path");
        expect(pathParams.map((p: Json) => p.name).sort(), `${method} ${path} path parameters`).toEqual(
          [...templated].sort(),
        );
        for (const p of pathParams) expect(p.required).toBe(true);
      }
    }
    for (const ref of refs(doc)) {
      const target = ref
        .replace(/^#\//, "")
        .split("/")
        .reduce<unknown>((n, k) => (n as Json | undefined)?.[k], doc);
      expect(target, ref).toBeDefined();
    }
  });

  it("lists every path in ROUTE_MODULES", async () => {
    const doc = await document();
    for (const file of Object.keys(ROUTE_MODULES)) expect(doc.paths, file).toHaveProperty([templateOf(file)]);
    for (const path of [
      "/api/v1/products/{id}",
      "/api/v1/shops/{id}/products",
      "/api/v1/sales/{id}/void",
      "/api/v1/dashboard/merchant",
    ]) {
      expect(doc.paths).toHaveProperty([path]);
    }
  });

  it("documents the issue-8 contract: lower-case enums, 201/200 creates, list paging, roles", async () => {
    const doc = await document();
    const sale = doc.paths["/api/v1/sales"].post;
    expect(sale["x-roles"]).toEqual(["MERCHANT"]);
    expect(Object.keys(sale.responses)).toEqual(expect.arrayContaining(["200", "201", "400", "401", "403", "409"]));
    const saleBody = sale.requestBody.content["application/json"].schema;
    expect(saleBody.properties.payment.enum).toEqual(["cash", "card", "upi", "pay_later"]);
    expect(saleBody.required).toEqual(expect.arrayContaining(["clientId", "payment"]));
    expect(
      doc.paths["/api/v1/orders"].post.requestBody.content["application/json"].schema.properties.paymentMethod.enum,
    ).toContain("pay_later");
    expect(
      doc.paths["/api/v1/orders/{id}"].patch.requestBody.content["application/json"].schema.properties.status.enum,
    ).toEqual(["accepted", "ready", "completed", "cancelled"]);

    for (const path of [
      "/api/v1/products",
      "/api/v1/orders",
      "/api/v1/transactions",
      "/api/v1/customers",
      "/api/v1/shops",
    ]) {
      const get = doc.paths[path].get;
      expect(
        get.parameters.map((p: Json) => p.name),
        path,
      ).toEqual(expect.arrayContaining(["limit", "cursor"]));
      expect(get.responses["200"].content["application/json"].schema.properties, path).toHaveProperty("nextCursor");
    }
    expect(doc.paths["/api/v1/orders"].get["x-roles"]).toEqual(["MERCHANT", "CUSTOMER"]);
    expect(doc.paths["/api/v1/products/{id}"].delete.responses["404"]).toBeDefined();
  });
});
