import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { MAX_QR_IMAGE_BYTES, checkQrImage, sniffImageMime } from "@/lib/image-check";

describe("image content check (magic bytes, not the file name)", () => {
  it("recognises PNG, JPEG and WebP by their first bytes", async () => {
    const png = new Uint8Array(await QRCode.toBuffer("upi://pay?pa=a1@okaxis", { type: "png" }));
    expect(sniffImageMime(png)).toBe("image/png");
    expect(sniffImageMime(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("image/jpeg");
    const webp = new TextEncoder().encode("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ");
    expect(sniffImageMime(webp)).toBe("image/webp");
    expect(checkQrImage(png)).toEqual({ ok: true, mime: "image/png" });
  });

  it("rejects a text file renamed .png, an SVG and an HTML page", () => {
    const enc = new TextEncoder();
    expect(checkQrImage(enc.encode("upi://pay?pa=a1@okaxis -- saved as qr.png"))).toEqual({
      ok: false,
      error: "image_type",
    });
    expect(checkQrImage(enc.encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toEqual(
      { ok: false, error: "image_type" },
    );
    expect(checkQrImage(enc.encode("<!doctype html><html>"))).toEqual({ ok: false, error: "image_type" });
    expect(sniffImageMime(enc.encode("RIFF....WAVE"))).toBeNull();
  });

  it("rejects an empty file and one over 5 MB", () => {
    expect(checkQrImage(new Uint8Array(0))).toEqual({ ok: false, error: "image_empty" });
    const big = new Uint8Array(MAX_QR_IMAGE_BYTES + 1);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(checkQrImage(big)).toEqual({ ok: false, error: "image_too_large" });
  });
});
