import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, isInvalidTextError } from "@/lib/api/db-errors";
import { db } from "@/lib/db";

describe("database-unavailable detection", () => {
  it("recognises connection failures in their many wrappings, and nothing else", () => {
    const yes = [
      { code: "P1001", meta: {} },
      { name: "PrismaClientInitializationError", message: "Can't reach database server" },
      { code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } },
      new Error("Connection terminated unexpectedly"),
      new Error("timeout exceeded when trying to connect"),
      Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
      new Error("wrapped", { cause: new Error("Query read timeout") }),
      // In flight when the server stopped (seen in the database-down drill as 500s).
      new Error("terminating connection due to administrator command"),
      new Error("Client has encountered a connection error and is not queryable"),
      { code: "P2028", message: "Transaction API error: Transaction already closed" },
    ];
    for (const e of yes) expect(isDatabaseUnavailable(e), JSON.stringify(e) + String(e)).toBe(true);
    const no = [
      new Error("boom"),
      { code: "P2002" },
      { code: "23505" },
      null,
      undefined,
      "Connection",
      new TypeError("x is undefined"),
    ];
    for (const e of no) expect(isDatabaseUnavailable(e), String(e)).toBe(false);
  });
});

describe("text PostgreSQL cannot store", () => {
  it("recognises the error a NUL character really gets from PostgreSQL through Prisma", async () => {
    const err = await db.$queryRaw`select ${"nul\u0000byte"}::text as t`.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).not.toBeNull();
    expect(isInvalidTextError(err)).toBe(true);
    expect(isDatabaseUnavailable(err)).toBe(false);
    for (const e of [new Error("boom"), { code: "23505" }, null]) expect(isInvalidTextError(e)).toBe(false);
  });
});
