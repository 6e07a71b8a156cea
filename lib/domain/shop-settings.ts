// A shop's own settings: profile and UPI. The merchant id always comes from the caller's session
// (requireMerchant), never from input, so a shop can only ever change itself. Each change is one
// transaction with its AuditLog row ("shop.update", before/after of the changed fields only).
import { db, type Tx } from "@/lib/db";
import { writeAudit } from "@/lib/domain/audit";
import { DomainError } from "@/lib/domain/errors";
import { stateCodeOf } from "@/lib/gst/states";
import { checkQrImage } from "@/lib/image-check";
import { parseOrThrow } from "@/lib/validation/common";
import { shopProfileSchema, shopUpiSchema } from "@/lib/validation/shop";

export type ShopActor = { userId: string; merchantId: string };
export type Json = string | number | boolean | null | { [k: string]: Json };

const PROFILE_FIELDS = [
  "shopName",
  "ownerName",
  "phone",
  "addressLine",
  "area",
  "city",
  "state",
  "pinCode",
  "gstin",
  "businessType",
  "timeZone",
  "receiptFooter",
  "orderHoldMinutes",
] as const;

/** Lock the shop's row so the audit's "before" is the row this change really replaced. */
export async function lockShop(tx: Tx, merchantId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`select id from "Merchant" where id = ${merchantId} for update`;
  if (!rows.length) throw new DomainError("not_found", "Shop not found");
}

export function diff(before: Record<string, Json>, after: Record<string, Json>) {
  const b: Record<string, Json> = {};
  const a: Record<string, Json> = {};
  for (const k of Object.keys(after)) {
    if (JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null)) {
      b[k] = before[k] ?? null;
      a[k] = after[k] ?? null;
    }
  }
  return Object.keys(a).length ? { before: b, after: a } : null;
}

export async function audit(
  tx: Tx,
  actor: ShopActor,
  change: { before: Record<string, Json>; after: Record<string, Json> },
) {
  await writeAudit(tx, {
    actorId: actor.userId,
    actorRole: "MERCHANT",
    merchantId: actor.merchantId,
    action: "shop.update",
    entity: "Merchant",
    entityId: actor.merchantId,
    before: change.before,
    after: change.after,
  });
}

/** Replace the shop profile with the validated form. Returns the changed field names. */
export async function updateShopProfile(actor: ShopActor, input: unknown): Promise<string[]> {
  const parsed = parseOrThrow(shopProfileSchema, input);
  // A field the form did not send (the order hold, from an older client) stays as it is.
  const data = Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined)) as typeof parsed;
  return db.$transaction(async (tx) => {
    await lockShop(tx, actor.merchantId);
    const current = await tx.merchant.findUniqueOrThrow({
      where: { id: actor.merchantId },
      select: Object.fromEntries(PROFILE_FIELDS.map((f) => [f, true])) as Record<(typeof PROFILE_FIELDS)[number], true>,
    });
    const { stateCode } = await tx.merchant.findUniqueOrThrow({
      where: { id: actor.merchantId },
      select: { stateCode: true },
    });
    // A GSTIN names its state in its first two digits: it must be the shop's (issue 18).
    const code = stateCodeOf(data.state) ?? stateCode;
    if (data.gstin && code && data.gstin.slice(0, 2) !== code)
      throw new DomainError("invalid_input", "The GSTIN is of another state", { gstin: "gstin_state_mismatch" });
    const change = diff(current as Record<string, Json>, data as Record<string, Json>);
    if (!change) return [];
    await tx.merchant.update({
      where: { id: actor.merchantId },
      data: { ...(change.after as typeof data), ...(stateCodeOf(data.state) ? { stateCode: code } : {}) },
    });
    await audit(tx, actor, change);
    return Object.keys(change.after);
  });
}

/**
 * Set the UPI id and payee name; `image` (raw bytes of an upload) replaces the stored QR photo.
 * The photo's type comes from its content (magic bytes): a declared type or file name is never used.
 */
export async function updateShopUpi(actor: ShopActor, input: unknown, image?: Uint8Array | null): Promise<string[]> {
  const data = parseOrThrow(shopUpiSchema, input);
  let newImage: { bytes: Uint8Array<ArrayBuffer>; mime: string } | null = null;
  if (image) {
    const check = checkQrImage(image);
    if (!check.ok)
      throw new DomainError("invalid_input", "The QR photo must be a PNG, JPEG or WebP image under 5 MB", {
        image: check.error,
      });
    newImage = { bytes: new Uint8Array(image), mime: check.mime };
  }
  return db.$transaction(async (tx) => {
    await lockShop(tx, actor.merchantId);
    const current = await tx.merchant.findUniqueOrThrow({
      where: { id: actor.merchantId },
      select: { upiId: true, upiPayeeName: true, upiQrMime: true },
    });
    const before: Record<string, Json> = { upiId: current.upiId, upiPayeeName: current.upiPayeeName };
    const after: Record<string, Json> = { upiId: data.upiId, upiPayeeName: data.upiPayeeName };
    // The photo enters the audit as its type and size only, never its bytes.
    if (newImage) {
      before.upiQrImage = current.upiQrMime ? { mime: current.upiQrMime } : null;
      after.upiQrImage = { mime: newImage.mime, size: newImage.bytes.length };
    } else if (data.removeImage && current.upiQrMime) {
      before.upiQrImage = { mime: current.upiQrMime };
      after.upiQrImage = null;
    }
    const change = diff(before, after);
    if (!change) return [];
    await tx.merchant.update({
      where: { id: actor.merchantId },
      data: {
        upiId: data.upiId,
        upiPayeeName: data.upiPayeeName,
        ...(newImage
          ? { upiQrImage: newImage.bytes, upiQrMime: newImage.mime }
          : "upiQrImage" in change.after
            ? { upiQrImage: null, upiQrMime: null }
            : {}),
      },
    });
    await audit(tx, actor, change);
    return Object.keys(change.after);
  });
}
