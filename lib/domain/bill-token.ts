// The signature of a public bill link: "<billId>.<HMAC-SHA256>" keyed by AUTH_SECRET.
// No database here (bill-link.ts checks revocation), so bill DTOs can carry their link path.
import crypto from "node:crypto";

function secret(): string {
  const s = process.env.AUTH_SECRET;
  if (!s || s.length < 16) throw new Error("AUTH_SECRET must be set (16+ characters) to sign bill links");
  return s;
}

const mac = (billId: string) => crypto.createHmac("sha256", secret()).update(`bill:${billId}`).digest("base64url");

export const signBillToken = (billId: string) => `${billId}.${mac(billId)}`;

export function verifyBillToken(token: string): string | null {
  const m = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return null;
  const [, id, sig] = m as unknown as [string, string, string];
  const expected = Buffer.from(mac(id));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  return id;
}

/** The path of a bill's public page. */
export const billLinkPath = (billId: string) => `/b/${signBillToken(billId)}`;
