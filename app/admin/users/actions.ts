"use server";
// Account actions (customers and shop owners alike): adapters over lib/usecases/admin.
import type { ActionResult } from "@/lib/action-result";
import { defineAction } from "@/lib/usecases/action";
import { issuePasswordReset, setAccountDisabled } from "@/lib/usecases/admin";
import { userIdInput } from "@/lib/validation/admin";

const toggle = (disabled: boolean) =>
  defineAction(
    { name: disabled ? "disableUserAction" : "enableUserAction", actor: "admin", input: userIdInput },
    (i, admin) => setAccountDisabled(admin, i.userId, disabled),
    () => ({}),
  );
const disable = toggle(true);
const enable = toggle(false);

export async function disableUserAction(userId: string): Promise<ActionResult> {
  return disable({ userId });
}

export async function enableUserAction(userId: string): Promise<ActionResult> {
  return enable({ userId });
}

const resetLink = defineAction(
  { name: "createResetLinkAction", actor: "admin", input: userIdInput },
  (i, admin) => issuePasswordReset(admin, i.userId),
  (link) => ({ path: link.path, expiresAt: link.expiresAt.toISOString() }),
);

export async function createResetLinkAction(
  userId: string,
): Promise<ActionResult<{ path: string; expiresAt: string }>> {
  return resetLink({ userId });
}
