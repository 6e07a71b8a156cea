// The one server-action wrapper: parse the input (field errors as message keys) -> the
// caller as an actor (signed in, right role) -> the use case -> refresh its screens ->
// { ok: true, ...reply } or the one failure shape. Actions are `export async function`s
// that call what this returns, so their signatures stay what the forms already use.
import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { invalidInput, toFailure, type ActionResult } from "@/lib/action-result";
import type { Permission } from "@/lib/auth/permissions";
import { requireAdmin, requireCustomer, requireMerchant, requirePermission } from "@/lib/auth/session";
import type { CustomerActor, MerchantActor, Outcome, Refresh } from "./core";

/** Re-render the screens a use case made stale (for an action that is not defineAction's). */
export function applyRefresh(refresh: readonly Refresh[]): void {
  for (const r of refresh) revalidatePath(r.path, r.type);
}

const ACTORS = {
  // Staff: with a permission, a role without it is refused (forbidden) before the use case.
  merchant: async (permission?: Permission): Promise<MerchantActor> => {
    const ctx = await (permission ? requirePermission(permission) : requireMerchant());
    const signedIn = "signedIn" in ctx && ctx.signedIn ? { signedInUserId: ctx.signedIn.id } : {};
    return { userId: ctx.user.id, merchantId: ctx.merchant.id, ...signedIn };
  },
  customer: async (): Promise<CustomerActor> => ({ userId: (await requireCustomer()).id }),
  // The admin's use cases audit who acted with the whole signed-in user.
  admin: requireAdmin,
  // Signed-out forms (sign up, a reset link): the input itself is the credential, or none is needed.
  public: async (): Promise<null> => null,
};
type Actors = { [K in keyof typeof ACTORS]: Awaited<ReturnType<(typeof ACTORS)[K]>> };

type Spec<K extends keyof Actors, S extends z.ZodType> = {
  /** For the log line of an unexpected failure. */
  name: string;
  actor: K;
  input: S;
  /** false: do not re-render screens (e.g. the offline queue's sync, refreshed once at the end). */
  refresh?: boolean;
  /** The staff permission a merchant actor needs (lib/auth/permissions). */
  permission?: Permission;
};

/** `reply` picks what the form gets on success (default: the use case's value). */
export function defineAction<K extends keyof Actors, S extends z.ZodType, V, R extends object = V & object>(
  spec: Spec<K, S>,
  run: (input: z.output<S>, actor: Actors[K]) => Promise<Outcome<V>>,
  reply?: (value: V, input: z.output<S>) => R,
): (raw: unknown) => Promise<ActionResult<R>> {
  return async (raw) => {
    const parsed = spec.input.safeParse(raw);
    if (!parsed.success) return invalidInput(parsed.error);
    try {
      const actor = (await ACTORS[spec.actor](spec.permission)) as Actors[K];
      const { value, refresh } = await run(parsed.data, actor);
      if (spec.refresh !== false) applyRefresh(refresh);
      return { ok: true, ...(reply ? reply(value, parsed.data) : (value as unknown as R)) };
    } catch (err) {
      return toFailure(err, spec.name);
    }
  };
}
