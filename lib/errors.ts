// Typed, expected failures, and the one failure shape every transport hands back:
//   { ok: false, code, message, fields?, details? }
// `code` picks the sentence, `fields` maps a field to a MESSAGE KEY (never English: the
// client translates it with describeFailure, the API sends it as is), `details` carries
// machine-readable facts ({ available }, { duePaise }). `message` is English for logs and
// the API only. Depends on nothing, so the client, the API and the domain can all use it.
export type DomainErrorCode =
  | "invalid_input"
  | "not_found"
  | "forbidden"
  | "conflict"
  | "duplicate"
  | "insufficient_stock"
  | "credit_limit_exceeded"
  | "return_exceeds_sale"
  | "credit_note_too_late"
  | "void_only_same_day"
  | "invalid_transition"
  | "rate_limited"
  | "unauthorized";

/** Field -> message key (e.g. { amountPaise: "payment_more_than_due" }). */
export type FailureFields = Record<string, string>;

export class DomainError extends Error {
  constructor(
    public readonly code: DomainErrorCode,
    message: string,
    public readonly fields?: FailureFields,
    /** Extra machine-readable facts, e.g. { productId, available } for insufficient_stock. */
    public readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export type Failure<C extends string = DomainErrorCode> = {
  ok: false;
  code: C;
  message: string;
  fields?: FailureFields;
  details?: Record<string, unknown>;
};
export type ActionFailure = Failure;
export type ActionResult<T extends object = object> = ({ ok: true } & T) | ActionFailure;

export const failureOf = (err: DomainError): ActionFailure => ({
  ok: false,
  code: err.code,
  message: err.message,
  fields: err.fields,
  details: err.details,
});

export const notFound = (what = "Not found", fields?: FailureFields) => new DomainError("not_found", what, fields);

/** zod issues (anything with path + message) -> { field: messageKey }, first issue per field. */
export function issuesToFields(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FailureFields {
  const out: FailureFields = {};
  for (const issue of issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    out[key] ??= issue.message;
  }
  return out;
}

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
