// The DomainError a promise rejects with, for asserting its code, fields and details.
import { DomainError } from "@/lib/domain/errors";

/** Fails the test when the promise resolves or rejects with anything but a DomainError. */
export async function caught(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("expected a DomainError");
}
