import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashToken, issueToken, revokeAllForUser, revokeToken, TOKEN_TTL_MS, verifyToken } from "@/lib/api/tokens";
import { makeMerchant, makeUser } from "@/lib/test/factories";

describe("API bearer tokens", () => {
  it("issues a random token, stores only its hash and verifies it to the live user", async () => {
    const user = await makeUser("CUSTOMER");
    const now = new Date();
    const { token, tokenId, expiresAt } = await issueToken(user.id, now);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(expiresAt.getTime()).toBe(now.getTime() + TOKEN_TTL_MS);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: tokenId } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(row.tokenHash).not.toContain(token);
    const verified = await verifyToken(token);
    expect(verified).toMatchObject({ tokenId, user: { id: user.id, role: "CUSTOMER", name: user.name } });
    expect(verified?.user).not.toHaveProperty("disabledAt");
    expect(verified?.merchantId).toBeNull();
    expect(await verifyToken(token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"))).toBeNull();
    expect(await verifyToken("short")).toBeNull();
  });

  it("carries the merchant's shop id, read in the same query", async () => {
    const { user, merchant } = await makeMerchant();
    const { token } = await issueToken(user.id);
    expect(await verifyToken(token)).toMatchObject({
      merchantId: merchant.id,
      user: { id: user.id, role: "MERCHANT", timeZone: "Asia/Kolkata" },
    });
  });

  it("expires after 7 days", async () => {
    const user = await makeUser("MERCHANT");
    const { token, expiresAt } = await issueToken(user.id);
    expect(await verifyToken(token, new Date(expiresAt.getTime() - 1000))).not.toBeNull();
    expect(await verifyToken(token, new Date(expiresAt.getTime() + 1))).toBeNull();
  });

  it("is revoked by sign-out, by revoking all of a user's tokens, and by disabling the user", async () => {
    const user = await makeUser("CUSTOMER");
    const a = await issueToken(user.id);
    const b = await issueToken(user.id);
    const c = await issueToken(user.id);
    await revokeToken(a.tokenId);
    await revokeToken(a.tokenId); // idempotent
    expect(await verifyToken(a.token)).toBeNull();
    expect(await verifyToken(b.token)).not.toBeNull();
    expect(await revokeAllForUser(user.id)).toBe(2);
    expect(await verifyToken(b.token)).toBeNull();
    expect(await verifyToken(c.token)).toBeNull();

    const other = await makeUser("CUSTOMER");
    const d = await issueToken(other.id);
    await db.user.update({ where: { id: other.id }, data: { disabledAt: new Date() } });
    expect(await verifyToken(d.token)).toBeNull();
  });
});
