"use server";
// The shop's side of the customer tools on a tab: adapters over lib/usecases/tab-tools.
import type { ActionResult } from "@/lib/action-result";
import { formatClaimCode } from "@/lib/domain/tab-claim";
import { defineAction } from "@/lib/usecases/action";
import {
  confirmClaim,
  issueClaimCode,
  rejectClaim,
  resolveDispute,
  shareStatement,
  unshareStatement,
} from "@/lib/usecases/tab-tools";
import {
  claimIdInput,
  customerIdInput,
  disputeIdInput,
  linkIdInput,
  rejectClaimInput,
  statementLinkInput,
} from "@/lib/validation/customer";

const confirm = defineAction(
  { name: "confirmClaimAction", actor: "merchant", input: claimIdInput },
  (i, actor) => confirmClaim(actor, i.claimId),
  (c) => ({ duePaise: c.payment.duePaise, amountPaise: c.amountPaise }),
);
export async function confirmClaimAction(raw: {
  claimId: string;
}): Promise<ActionResult<{ duePaise: number; amountPaise: number }>> {
  return confirm(raw);
}

const reject = defineAction(
  { name: "rejectClaimAction", actor: "merchant", input: rejectClaimInput },
  (i, actor) => rejectClaim(actor, i),
  () => ({}),
);
export async function rejectClaimAction(raw: { claimId: string; note: string }): Promise<ActionResult> {
  return reject(raw);
}

const issue = defineAction(
  { name: "issueClaimCodeAction", actor: "merchant", input: customerIdInput },
  (i, actor) => issueClaimCode(actor, i.customerId),
  (c) => ({ code: formatClaimCode(c.code), expiresAt: c.expiresAt.toISOString() }),
);
/** The code is shown once, here; only its hash is kept. */
export async function issueClaimCodeAction(raw: {
  customerId: string;
}): Promise<ActionResult<{ code: string; expiresAt: string }>> {
  return issue(raw);
}

const share = defineAction(
  { name: "createStatementLinkAction", actor: "merchant", input: statementLinkInput },
  (i, actor) => shareStatement(actor, i),
  (link) => ({ linkId: link.id, path: `/s/${link.token}`, expiresAt: link.expiresAt.toISOString() }),
);
/** Returns the link's path (/s/<token>); the browser adds its own origin. */
export async function createStatementLinkAction(raw: {
  customerId: string;
  days?: number;
}): Promise<ActionResult<{ linkId: string; path: string; expiresAt: string }>> {
  return share(raw);
}

const unshare = defineAction(
  { name: "revokeStatementLinkAction", actor: "merchant", input: linkIdInput },
  (i, actor) => unshareStatement(actor, i.linkId),
  () => ({}),
);
export async function revokeStatementLinkAction(raw: { linkId: string }): Promise<ActionResult> {
  return unshare(raw);
}

const resolve = defineAction(
  { name: "resolveDisputeAction", actor: "merchant", input: disputeIdInput },
  (i, actor) => resolveDispute(actor, i.disputeId),
  () => ({}),
);
export async function resolveDisputeAction(raw: { disputeId: string }): Promise<ActionResult> {
  return resolve(raw);
}
