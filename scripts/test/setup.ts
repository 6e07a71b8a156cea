import { inject } from "vitest";

// Point lib/db at the run's throwaway database (never a developer's or remote one).
const url = inject("databaseUrl");
if (!/@127\.0\.0\.1:\d+\/graminstore_test$/.test(url)) throw new Error(`refusing to test against ${url}`);
process.env.DATABASE_URL = url;
process.env.BCRYPT_COST ??= "4";
// Signed links (statements, bills) need a secret; a fixed one for tests only.
process.env.AUTH_SECRET ??= "test-secret-for-vitest-only-0123456789abcdef";
