// Typed, expected failures of business rules. Actions turn them into form state and the
// API into its error shape; anything else is unexpected and is logged, never shown raw.
export type DomainErrorCode =
  | "invalid_input"
  | "not_found"
  | "forbidden"
  | "conflict"
  | "duplicate"
  | "insufficient_stock"
  | "credit_limit_exceeded"
  | "return_exceeds_sale"
  | "invalid_transition"
  | "rate_limited"
  | "unauthorized";

export class DomainError extends Error {
  constructor(
    public readonly code: DomainErrorCode,
    message: string,
    public readonly fields?: Record<string, string>,
    /** Extra machine-readable facts, e.g. { productId, available } for insufficient_stock. */
    public readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what = "Not found") => new DomainError("not_found", what);

/** Prisma's unique-constraint violation (P2002), from the client or the pg adapter. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as {
    code?: string;
    cause?: { code?: string };
    meta?: { driverAdapterError?: { cause?: { kind?: string } } };
  };
  return (
    e?.code === "P2002" ||
    e?.cause?.code === "23505" ||
    e?.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation"
  );
}
