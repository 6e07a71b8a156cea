// The signed-out forms go through defineAction too (actor "public"): sign up and a password
// reset link answer the one failure shape, field keys named as the form names its fields.
import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

import { registerAction } from "@/app/(auth)/register/actions";
import { resetPasswordAction } from "@/app/(auth)/reset-password/[token]/actions";
import { db } from "@/lib/db";
import { createPasswordReset } from "@/lib/domain/admin";
import { makeUser, uniq } from "@/lib/test/factories";

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

describe("signed-out actions", () => {
  it("sign up: field keys as the form names them; an account is made once, a second try is refused", async () => {
    const bad = await registerAction("customer", { name: "Asha", email: "not-an-email", phone: "123", password: "x" });
    expect(bad).toMatchObject({ ok: false, code: "invalid_input" });
    expect(!bad.ok && Object.keys(bad.fields ?? {}).sort()).toEqual(["email", "password", "phone"]);

    const email = `asha-${uniq()}@test.in`;
    const phone = `9${String(Date.now()).slice(-9)}`;
    const input = { name: "Asha Verma", email, phone, password: "Secret@2026" };
    expect(await registerAction("customer", input)).toEqual({ ok: true, login: email });
    expect(await db.user.count({ where: { email } })).toBe(1);
    const again = await registerAction("customer", input);
    expect(again).toMatchObject({ ok: false, fields: { email: "email_taken" } });
  });

  it("a reset link works once; used again it says why in details.reason", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser("CUSTOMER");
    const link = await createPasswordReset({ id: admin.id, role: "ADMIN" }, { userId: user.id });
    const reset = (password: string, confirm = password) =>
      resetPasswordAction(null, form({ token: link.token, password, confirm }));
    expect(await reset("NewPass@2026", "Other@2026")).toMatchObject({
      ok: false,
      code: "invalid_input",
      fields: { confirm: "password_mismatch" },
    });
    expect(await reset("NewPass@2026")).toEqual({ ok: true });
    expect(await reset("Again@2026")).toMatchObject({ ok: false, details: { reason: "used" } });
  });
});
