import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { caught } from "@/lib/test/domain-error";
import { makeUser, TEST_PASSWORD, uniq, uniquePhone } from "@/lib/test/factories";
import { changePassword, getProfile, updateProfile } from "./profile";

describe("profile", () => {
  it("saves details with the sign-up rules (phone normalised, email lower-cased)", async () => {
    const u = await makeUser("CUSTOMER");
    const phone = uniquePhone();
    const email = `Priya.${uniq()}@Test.in`;
    const p = await updateProfile(u.id, {
      name: "Priya Patel",
      phone: `+91 ${phone}`,
      email,
      address: "12 MG Road, Anand",
      dateOfBirth: "1990-04-15",
    });
    expect(p).toMatchObject({
      name: "Priya Patel",
      phone,
      email: email.toLowerCase(),
      address: "12 MG Road, Anand",
      dateOfBirth: "1990-04-15",
    });
    const cleared = await updateProfile(u.id, { name: "Priya Patel", phone, email, address: "", dateOfBirth: "" });
    expect(cleared).toMatchObject({ address: null, dateOfBirth: null });
    expect(await getProfile(u.id)).toEqual(cleared);
  });

  it("refuses another account's email or phone with a field message, and bad fields with sign-up's keys", async () => {
    const a = await makeUser("CUSTOMER");
    const b = await makeUser("CUSTOMER");
    const e = await caught(updateProfile(a.id, { name: "A", phone: b.phone!, email: b.email! }));
    expect(e.code).toBe("invalid_input"); // "A" is too short a name
    const dup = await caught(updateProfile(a.id, { name: "Asha", phone: b.phone!, email: b.email! }));
    expect(dup.code).toBe("duplicate");
    expect(dup.fields).toEqual({ email: "email_taken", phone: "phone_taken" });
    const bad = await caught(
      updateProfile(a.id, { name: "Asha", phone: "12345", email: "nope", dateOfBirth: "2999-01-01" }),
    );
    expect(bad.fields).toMatchObject({ phone: "phone_invalid", email: "email_invalid", dateOfBirth: "date_invalid" });
  });

  it("changes the password only with the current one, and signs every session out", async () => {
    const u = await makeUser("CUSTOMER");
    const wrong = await caught(changePassword(u.id, { currentPassword: "Wrong@1234", newPassword: "Newpass123" }));
    expect(wrong.fields).toEqual({ currentPassword: "password_current_wrong" });
    expect(
      (await caught(changePassword(u.id, { currentPassword: TEST_PASSWORD, newPassword: "short" }))).fields
        ?.newPassword,
    ).toBe("password_short");
    expect(
      (await caught(changePassword(u.id, { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }))).fields
        ?.newPassword,
    ).toBe("password_same");
    await changePassword(u.id, { currentPassword: TEST_PASSWORD, newPassword: "Newpass123" });
    const row = await db.user.findUniqueOrThrow({
      where: { id: u.id },
      select: { passwordHash: true, sessionVersion: true },
    });
    expect(await verifyPassword("Newpass123", row.passwordHash)).toBe(true);
    expect(row.sessionVersion).toBe(1); // issue 19: a new password ends every session (was: none)
  });

  it("slows down a run of wrong current passwords", async () => {
    const u = await makeUser("CUSTOMER");
    for (let i = 0; i < 5; i++)
      await caught(changePassword(u.id, { currentPassword: `Wrong${i}abc`, newPassword: "Newpass123" }));
    expect(
      (await caught(changePassword(u.id, { currentPassword: TEST_PASSWORD, newPassword: "Newpass123" }))).code,
    ).toBe("rate_limited");
  });
});
