import { DomainError } from "@/lib/domain/errors";

export type Role = "ADMIN" | "MERCHANT" | "CUSTOMER";

/** The guard's decision, kept pure so it is tested on its own. */
export function assertRole<U extends { role: Role }>(user: U | null, roles: readonly Role[]): U {
  if (!user) throw new DomainError("unauthorized", "Please sign in again");
  if (!roles.includes(user.role)) throw new DomainError("forbidden", "You are not allowed to do this");
  return user;
}
