import { inject } from "vitest";

// Point lib/db at the run's throwaway database (never a developer's or remote one).
const url = inject("databaseUrl");
if (!/@127\.0\.0\.1:\d+\/graminstore_test$/.test(url)) throw new Error(`refusing to test against ${url}`);
process.env.DATABASE_URL = url;
// Cheap argon2id in tests (the production cost is ~19 MiB and ~200 ms per hash).
process.env.ARGON2_MEMORY_KIB ??= "1024";
process.env.ARGON2_TIME_COST ??= "1";
// Tests race 50 checkouts for one product row on a shared machine: waiting for a pooled
// connection is expected there, not an overload to refuse (production default: 3 s).
process.env.DATABASE_ACQUIRE_TIMEOUT_MS ??= "15000";
// Signed links (statements, bills) need a secret; a fixed one for tests only.
process.env.AUTH_SECRET ??= "test-secret-for-vitest-only-0123456789abcdef";
