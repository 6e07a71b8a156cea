import crypto from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";

// The signed-in session's claims stand in for next-auth's cookie.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; sv: number; sid?: string } } }));
vi.mock("next-auth", () => ({ getServerSession: vi.fn(async () => session.current) }));

import { clearCounterActor, counterPersonFor, recordCounterPerson, setCounterActor } from "./counter-actor";
import { requireMerchant } from "./session";
import { createStaff } from "@/lib/domain/staff";
import { caught } from "@/lib/test/domain-error";
import { makeMerchant, uniquePhone } from "@/lib/test/factories";

const signedInAs = (user: { id: string; sessionVersion: number }, sid?: string) => {
  session.current = { user: { id: user.id, sv: user.sessionVersion, sid } };
};
const actingAs = async () => {
  const ctx = await requireMerchant();
  return { userId: ctx.user.id, shopRole: ctx.merchant.shopRole };
};

describe("who sells at a shared counter", () => {
  beforeEach(() => {
    session.current = null;
  });

  it("a PIN switch holds on the server for that session only: nothing the tablet deletes brings the owner back", async () => {
    const { merchant, user } = await makeMerchant();
    const cashier = await createStaff(merchant.id, user.id, {
      name: "Ravi",
      phone: uniquePhone(),
      password: "Counter123",
      role: "cashier",
      pin: "4821",
    });
    const tablet = crypto.randomUUID();
    signedInAs(user, tablet);
    expect(await actingAs()).toEqual({ userId: user.id, shopRole: "OWNER" });

    await setCounterActor(cashier.userId, merchant.id);
    // Every request of this signed-in session now acts as the cashier: there is no cookie to drop.
    expect(await actingAs()).toEqual({ userId: cashier.userId, shopRole: "CASHIER" });
    expect(await counterPersonFor(merchant.id, tablet)).toBe(cashier.userId);

    // The owner's own phone (another sign-in, another session id) is still the owner.
    signedInAs(user, crypto.randomUUID());
    expect(await actingAs()).toEqual({ userId: user.id, shopRole: "OWNER" });

    // Back on the tablet, only a switch (the owner's PIN goes through clearCounterActor) ends it.
    signedInAs(user, tablet);
    await clearCounterActor(merchant.id);
    expect(await actingAs()).toEqual({ userId: user.id, shopRole: "OWNER" });
  });

  it("is believed only for its own shop, and not once expired", async () => {
    const a = await makeMerchant();
    const b = await makeMerchant();
    const cashierOfA = await createStaff(a.merchant.id, a.user.id, {
      name: "Asha",
      phone: uniquePhone(),
      password: "Counter123",
      role: "cashier",
      pin: "1234",
    });
    const sid = crypto.randomUUID();
    await recordCounterPerson(a.merchant.id, sid, cashierOfA.userId, new Date(Date.now() - 31 * 24 * 3600_000));
    expect(await counterPersonFor(a.merchant.id, sid)).toBeNull();
    await recordCounterPerson(a.merchant.id, sid, cashierOfA.userId);
    expect(await counterPersonFor(b.merchant.id, sid)).toBeNull();
    // B's owner with a row made in A's shop under the same session id acts as B's owner.
    signedInAs(b.user, sid);
    expect(await actingAs()).toEqual({ userId: b.user.id, shopRole: "OWNER" });
  });

  it("a session from before session ids cannot switch (sign in again), and acts as its own user", async () => {
    const { merchant, user } = await makeMerchant();
    signedInAs(user);
    const err = await caught(setCounterActor(user.id, merchant.id));
    expect(err.code).toBe("forbidden");
    expect(err.fields).toEqual({ pin: "pin_sign_in_again" });
    expect(await actingAs()).toEqual({ userId: user.id, shopRole: "OWNER" });
  });
});
