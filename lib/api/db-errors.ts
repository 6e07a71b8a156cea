// Is this error "the database is down or overloaded" (-> 503) rather than a bug (-> 500)?
// Errors arrive in several wrappings: Prisma's P1xxx codes, the pg adapter's error kinds,
// raw node-postgres / socket errors, each possibly nested in `cause`.

// P2028: an interactive transaction lost its connection or timed out (the server went away mid-transaction).
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1011", "P1017", "P2024", "P2028", "P2037"]);
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);
// PostgreSQL SQLSTATEs: 08xxx connection exception, 53300 too many connections,
// 57P01..57P03 server shutting down / cannot connect now, 57014 query cancelled (timeout).
const PG_STATES = /^(08...|53300|57P0[123]|57014)$/;
const MESSAGES =
  /terminating connection|not queryable|connection is closed|connection error|transaction already closed|connection terminated|timeout exceeded when trying to connect|query read timeout|connection ended|can't reach database|connection refused|server closed the connection|the database system is (starting up|shutting down)/i;

type Loose = {
  name?: string;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: string; code?: string } } };
  kind?: string;
};

export function isDatabaseUnavailable(err: unknown): boolean {
  let e = err as Loose | undefined;
  for (let depth = 0; e && typeof e === "object" && depth < 6; depth++) {
    if (e.name === "PrismaClientInitializationError") return true;
    const code = typeof e.code === "string" ? e.code : undefined;
    if (code && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || PG_STATES.test(code))) return true;
    const adapter = e.meta?.driverAdapterError?.cause;
    if (adapter?.kind && ADAPTER_KINDS.has(adapter.kind)) return true;
    if (adapter?.code && PG_STATES.test(adapter.code)) return true;
    if (e.kind && ADAPTER_KINDS.has(e.kind)) return true;
    if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
    e = e.cause as Loose | undefined;
  }
  return false;
}

// 22021 character_not_in_repertoire (a NUL byte), 22P05 untranslatable character: the input
// was text PostgreSQL cannot store. The API refuses NUL at the door; this is the safety net.
const BAD_TEXT_STATES = new Set(["22021", "22P05"]);

/** Is this error "PostgreSQL cannot store this text" (-> 400) rather than a bug? */
export function isInvalidTextError(err: unknown): boolean {
  let e = err as Loose | undefined;
  for (let depth = 0; e && typeof e === "object" && depth < 6; depth++) {
    if (typeof e.code === "string" && BAD_TEXT_STATES.has(e.code)) return true;
    const adapter = e.meta?.driverAdapterError?.cause as { code?: string; originalCode?: string } | undefined;
    if (adapter && (BAD_TEXT_STATES.has(adapter.code ?? "") || BAD_TEXT_STATES.has(adapter.originalCode ?? "")))
      return true;
    e = e.cause as Loose | undefined;
  }
  return false;
}

// pg-pool's words when a request waited DATABASE_ACQUIRE_TIMEOUT_MS for a free connection and
// got none: the database answers, the app has more work than connections. Prisma's own
// "could not start a transaction in time" (P2028 on start) is the same queue seen from a transaction.
// A new connection that took longer than the same limit to open is counted here too: the
// server's own host (embedded, local) is too busy to fork a backend in time; a database that
// is really down refuses at once (ECONNREFUSED) and /api/health says so.
const POOL_WAIT =
  /timeout exceeded when trying to connect|unable to start a transaction in the given time|connection terminated due to connection timeout/i;

/** Is this "every connection is busy" (-> 503 overloaded) rather than "the database is down"? */
export function isPoolExhausted(err: unknown): boolean {
  let e = err as Loose | undefined;
  for (let depth = 0; e && typeof e === "object" && depth < 6; depth++) {
    if (typeof e.message === "string" && POOL_WAIT.test(e.message)) return true;
    e = e.cause as Loose | undefined;
  }
  return false;
}

/** PostgreSQL 23514 check_violation (e.g. Product_stock_bounds): a value past a hard range. */
export function isCheckViolation(err: unknown): boolean {
  let e = err as Loose | undefined;
  for (let depth = 0; e && typeof e === "object" && depth < 6; depth++) {
    if (e.code === "23514") return true;
    const adapter = e.meta?.driverAdapterError?.cause as
      { code?: string; originalCode?: string; kind?: string } | undefined;
    if (adapter && (adapter.code === "23514" || adapter.originalCode === "23514")) return true;
    if (typeof e.message === "string" && /violates check constraint/.test(e.message)) return true;
    e = e.cause as Loose | undefined;
  }
  return false;
}
