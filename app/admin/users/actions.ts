"use server";
// Account actions (customers and shop owners alike): parse -> admin check -> domain -> revalidate.
import { revalidatePath } from "next/cache";
import { requireAdmin } from "@/lib/auth/session";
import { actionFailure, createPasswordReset, disableUser, enableUser, type ActionFailure } from "@/lib/domain/admin";
import { userIdInput } from "@/lib/validation/admin";

export type AccountActionResult = { ok: true } | ActionFailure;
export type ResetLinkResult = { ok: true; path: string; expiresAt: string } | ActionFailure;

function refresh() {
  // The same account shows on the customer and merchant screens, the overview and the audit log.
  for (const p of ["/admin", "/admin/users", "/admin/merchants", "/admin/audit"])
    revalidatePath(p, p === "/admin" ? "page" : "layout");
}

export async function disableUserAction(userId: string): Promise<AccountActionResult> {
  const parsed = userIdInput.safeParse({ userId });
  if (!parsed.success) return { ok: false, code: "invalid_input" };
  try {
    await disableUser(await requireAdmin(), parsed.data);
  } catch (err) {
    return actionFailure(err);
  }
  refresh();
  return { ok: true };
}

export async function enableUserAction(userId: string): Promise<AccountActionResult> {
  const parsed = userIdInput.safeParse({ userId });
  if (!parsed.success) return { ok: false, code: "invalid_input" };
  try {
    await enableUser(await requireAdmin(), parsed.data);
  } catch (err) {
    return actionFailure(err);
  }
  refresh();
  return { ok: true };
}

export async function createResetLinkAction(userId: string): Promise<ResetLinkResult> {
  const parsed = userIdInput.safeParse({ userId });
  if (!parsed.success) return { ok: false, code: "invalid_input" };
  try {
    const link = await createPasswordReset(await requireAdmin(), parsed.data);
    revalidatePath("/admin/audit");
    return { ok: true, path: link.path, expiresAt: link.expiresAt.toISOString() };
  } catch (err) {
    return actionFailure(err);
  }
}
