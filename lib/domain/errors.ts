// DomainError lives in lib/errors.ts (dependency-free); re-exported for the domain's imports.
export { DomainError, isUniqueViolation, notFound, type DomainErrorCode } from "@/lib/errors";
