import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { isMethodNotAllowedHandler } from "@/lib/api/handler";
import { listOperations } from "@/lib/api/registry";
import { ROUTE_MODULES } from "@/lib/api/routes";
import { callRoute } from "@/lib/api/testing";

const ROOT = path.resolve(import.meta.dirname, "../..");

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(p);
    return e.name === "route.ts" ? [path.relative(ROOT, p).split(path.sep).join("/")] : [];
  });
}

/** The catch-all that answers unknown /api/v1 paths with 404: no endpoint, not in the registry. */
const CATCH_ALL = "app/api/v1/[...path]/route.ts";

/** app/api/v1/products/[id]/route.ts -> /api/v1/products/{id} */
const templateOf = (file: string) =>
  "/" +
  file
    .replace(/^app\//, "")
    .replace(/\/route\.ts$/, "")
    .replace(/\[(\.\.\.)?([^\]]+)\]/g, "{$2}");

describe("route registry", () => {
  it("lists every app/api/v1 route file in lib/api/routes.ts", () => {
    expect(Object.keys(ROUTE_MODULES).sort()).toEqual(
      routeFiles(path.join(ROOT, "app/api/v1"))
        .filter((f) => f !== CATCH_ALL)
        .sort(),
    );
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document with every route file's operations", async () => {
    const res = await callRoute(openapi, "/api/v1/openapi.json");
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      info: { title: string };
      paths: Record<string, Record<string, any>>;
      components: any;
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBeTruthy();
    expect(doc.components.schemas.Error).toBeDefined();

    // Every route file is documented under its own path, with every method it exports.
    for (const file of Object.keys(ROUTE_MODULES)) {
      const mod = (await ROUTE_MODULES[file]!()) as Record<string, unknown>;
      const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter(
        (m) => typeof mod[m] === "function" && !isMethodNotAllowedHandler(mod[m]),
      );
      for (const m of methods) expect(doc.paths[templateOf(file)]?.[m.toLowerCase()], `${m} ${file}`).toBeDefined();
    }
    // ...and every registered operation is in the document.
    for (const op of listOperations()) {
      const o = doc.paths[op.path]?.[op.method.toLowerCase()];
      expect(o, `${op.method} ${op.path}`).toBeDefined();
      expect(o.responses).toBeDefined();
      expect(Object.keys(o.responses).some((s) => s.startsWith("2"))).toBe(true);
    }

    const loginOp = doc.paths["/api/v1/auth/login"]!.post;
    expect(loginOp.security).toEqual([]);
    expect(loginOp.requestBody.content["application/json"].schema).toMatchObject({
      type: "object",
      required: expect.arrayContaining(["login", "password"]),
    });
    expect(loginOp.responses["429"].content["application/json"].schema.$ref).toBe("#/components/schemas/Error");
    expect(loginOp.responses["400"]).toBeDefined();
    const register = doc.paths["/api/v1/auth/register"]!.post;
    expect(register.responses["201"].content["application/json"].schema.properties.token).toBeDefined();
    expect(JSON.stringify(register.requestBody)).toContain('"merchant"');
    const events = doc.paths["/api/v1/events"]!.get;
    expect(events["x-roles"]).toEqual(["MERCHANT", "CUSTOMER"]);
    expect(events.responses["200"].content).toHaveProperty("text/event-stream");
    expect(events.parameters).toEqual([expect.objectContaining({ name: "types", in: "query", required: false })]);
  });
});
