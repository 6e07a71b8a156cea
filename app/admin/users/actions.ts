"use server";
// Account actions (customers and shop owners alike): parse -> admin check -> lib/usecases/admin -> refresh.
import { requireAdmin } from "@/lib/auth/session";
import { actionFailure, type ActionFailure } from "@/lib/domain/admin";
import { applyRefresh } from "@/lib/usecases/action";
import { issuePasswordReset, setAccountDisabled } from "@/lib/usecases/admin";
import { userIdInput } from "@/lib/validation/admin";

export type AccountActionResult = { ok: true } | ActionFailure;
export type ResetLinkResult = { ok: true; path: string; expiresAt: string } | ActionFailure;

export async function disableUserAction(userId: string): Promise<AccountActionResult> {
  const parsed = userIdInput.safeParse({ userId });
  if (!parsed.success) return { ok: false, code: "invalid_input" };
  try {
    applyRefresh((await setAccountDisabled(await requireAdmin(), parsed.data.userId, true)).refresh);
  } catch (err) {
    return actionFailure(err);
  }
  return { ok: true };
}

export async function enableUserAction(userId: string): Promise<AccountActionResult> {
  const parsed = userIdInput.safeParse({ userId });
  if (!parsed.success) return { ok: false, code: "invalid_input" };
  try {
    applyRefresh((await setAccountDisabled(await requireAdmin(), parsed.data.userId, false)).refresh);
  } catch (err) {
    return actionFailure(err);
  }
  return { ok: true };
}

export async function createResetLinkAction(userId: string): Promise<ResetLinkResult> {
  const parsed = userIdInput.safeParse({ userId });
  if (!parsed.success) return { ok: false, code: "invalid_input" };
  try {
    const { value: link, refresh } = await issuePasswordReset(await requireAdmin(), parsed.data.userId);
    applyRefresh(refresh);
    return { ok: true, path: link.path, expiresAt: link.expiresAt.toISOString() };
  } catch (err) {
    return actionFailure(err);
  }
}
