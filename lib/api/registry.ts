// Every apiRoute() registers its operation here when its module is imported; the OpenAPI
// document and the /api/docs page read it. Kept on globalThis so a module loaded twice
// (dev hot reload, two bundles) still fills one registry; keyed, so re-registration replaces.
import type { z } from "zod";
import type { Role } from "@/lib/auth/roles";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export type AuthSpec = "public" | readonly Role[];

export type ResponseSpec = {
  description: string;
  /** The success payload; omit for an empty body (204) or a non-JSON stream. */
  schema?: z.ZodType;
  /** Defaults to application/json. */
  contentType?: string;
};

export type Operation = {
  method: HttpMethod;
  /** OpenAPI path template: "/api/v1/products/{id}" for app/api/v1/products/[id]/route.ts */
  path: string;
  auth: AuthSpec;
  summary: string;
  description?: string;
  tags?: string[];
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
  /** Success responses by status; errors are documented for every operation automatically. */
  responses: Record<number, ResponseSpec>;
  /** Extra error statuses worth documenting, e.g. { 429: "Too many attempts" }. */
  errors?: Record<number, string>;
};

const store = globalThis as unknown as { graminApiRegistry?: Map<string, Operation> };
const registry = (store.graminApiRegistry ??= new Map());

export const operationKey = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

export function registerOperation(op: Operation): void {
  registry.set(operationKey(op.method, op.path), op);
}

/** Registered operations, sorted by path then method (stable order for docs). */
export function listOperations(): Operation[] {
  return [...registry.values()].sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}
