// Issue 19 (sign-in flood): past what the hashing gate can take, a sign-in is refused before
// it touches the database, so a flood of guesses costs the server next to nothing; and the hash
// itself runs below the JS thread's priority.
import fs from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { hashPassword, signInsInProgress } from "@/lib/auth/password";
import { verifyLogin } from "@/lib/domain/accounts";
import type { DomainError } from "@/lib/domain/errors";
import { uniq } from "@/lib/test/factories";

describe("sign-in admission", () => {
  it("refuses sign-ins past the gate's capacity at once, even while the database makes the others wait", async () => {
    const before = { ...process.env };
    process.env.PASSWORD_HASH_CONCURRENCY = "1";
    process.env.PASSWORD_HASH_QUEUE = "2";
    process.env.ARGON2_MEMORY_KIB = "8192";
    const login = `flood-${uniq()}@nowhere.in`;
    // Another session holds the account's limit lock: every admitted sign-in waits on it.
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    try {
      await holder.query("SELECT pg_advisory_lock(hashtextextended($1, 19))", [`acct:${login}`]);
      const settled: Array<DomainError | "ok"> = [];
      const all = Array.from({ length: 10 }, () =>
        verifyLogin(login, "Guess@12345", "10.9.9.9").then(
          () => settled.push("ok"),
          (e: DomainError) => settled.push(e),
        ),
      );
      await new Promise((r) => setTimeout(r, 300));
      // 1 hashing + 2 waiting may be in progress; the other 7 were told 429 without a query.
      expect(settled).toHaveLength(7);
      expect(settled.every((e) => e !== "ok" && e.code === "rate_limited")).toBe(true);
      expect(Number((settled[0] as DomainError).details?.retryAfterSeconds)).toBeGreaterThanOrEqual(1);
      expect(signInsInProgress()).toBe(3);
      await holder.query("SELECT pg_advisory_unlock(hashtextextended($1, 19))", [`acct:${login}`]);
      await Promise.all(all);
      expect(settled.slice(7).map((e) => (e === "ok" ? e : e.code))).toEqual([
        "unauthorized",
        "unauthorized",
        "unauthorized",
      ]);
      expect(signInsInProgress()).toBe(0);
    } finally {
      process.env = before;
      await holder.end();
    }
  });
});

describe("hashing threads", () => {
  it("hash on a thread of lower priority than the JS thread (the JS thread keeps the CPU)", async () => {
    await hashPassword("Nice@12345");
    const niceOf = (tid: string) => {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]); // field 19: nice
    };
    const nices = fs.readdirSync("/proc/self/task").map(niceOf);
    expect(niceOf(String(process.pid))).toBeLessThan(10);
    expect(nices).toContain(10);
  });
});
