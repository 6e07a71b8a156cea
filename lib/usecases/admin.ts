// The admin's writes on accounts and shops (each audited by the domain).
import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { createPasswordReset, disableUser, enableUser, updateShop } from "@/lib/domain/admin";
import type { ShopUpdateInput } from "@/lib/validation/admin";
import { outcome, type Refresh } from "./core";

const audit: Refresh = { path: "/admin/audit" };
// The same account shows on the customer and merchant screens, the overview and the audit log.
const accounts: Refresh[] = [
  { path: "/admin", type: "page" },
  { path: "/admin/users", type: "layout" },
  { path: "/admin/merchants", type: "layout" },
  { path: "/admin/audit", type: "layout" },
];

export async function setAccountDisabled(admin: CurrentUser, userId: string, disabled: boolean) {
  await (disabled ? disableUser(admin, { userId }) : enableUser(admin, { userId }));
  return outcome({}, accounts);
}

/** A one-time password reset link (its path; the admin hands it over). */
export async function issuePasswordReset(admin: CurrentUser, userId: string) {
  return outcome(await createPasswordReset(admin, { userId }), [audit]);
}

export async function correctShop(admin: CurrentUser, input: ShopUpdateInput) {
  return outcome(await updateShop(admin, input), [{ path: "/admin/merchants", type: "layout" }, audit]);
}
