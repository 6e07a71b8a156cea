import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { decodeUpiFromPixels, decodeUpiFromText } from "@/lib/qr-decode";
import { buildUpiUri } from "@/lib/upi";

/** Draw a QR as RGBA pixels (black on white, 4-module quiet zone), as a browser canvas would hold it. */
function rasterize(text: string, scale = 4, invert = false) {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: "M" }).modules;
  const quiet = 4;
  const w = (size + quiet * 2) * scale;
  const rgba = new Uint8ClampedArray(w * w * 4);
  for (let y = 0; y < w; y++) {
    for (let x = 0; x < w; x++) {
      const mx = Math.floor(x / scale) - quiet;
      const my = Math.floor(y / scale) - quiet;
      const dark = mx >= 0 && my >= 0 && mx < size && my < size && data[my * size + mx] === 1;
      const v = dark !== invert ? 0 : 255;
      const i = (y * w + x) * 4;
      rgba[i] = rgba[i + 1] = rgba[i + 2] = v;
      rgba[i + 3] = 255;
    }
  }
  return { rgba, w };
}

describe("decodeUpiFromPixels", () => {
  it("reads the UPI id and payee name from a sticker's QR", () => {
    const { rgba, w } = rasterize("upi://pay?pa=newshop@okaxis&pn=New%20Shop&cu=INR");
    const r = decodeUpiFromPixels(rgba, w, w);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.upi).toEqual({ pa: "newshop@okaxis", pn: "New Shop" });
  });

  it("reads a QR built by buildUpiUri, amount included, and a light-on-dark screenshot", () => {
    const uri = buildUpiUri({ pa: "sharmakirana@okhdfcbank", pn: "Sharma Kirana", amountPaise: 15500 });
    const { rgba, w } = rasterize(uri, 3, true);
    const r = decodeUpiFromPixels(rgba, w, w);
    expect(r.ok && r.upi).toMatchObject({ pa: "sharmakirana@okhdfcbank", pn: "Sharma Kirana", amountPaise: 15500 });
  });

  it("says no_qr for a picture without a QR", () => {
    const w = 120;
    const rgba = new Uint8ClampedArray(w * w * 4);
    for (let i = 0; i < rgba.length; i += 4) {
      const v = (i / 4) % 7 === 0 ? 30 : 220; // a plain, lightly striped photo
      rgba[i] = rgba[i + 1] = rgba[i + 2] = v;
      rgba[i + 3] = 255;
    }
    expect(decodeUpiFromPixels(rgba, w, w)).toEqual({ ok: false, reason: "no_qr" });
    expect(decodeUpiFromPixels(new Uint8ClampedArray(0), 0, 0)).toEqual({ ok: false, reason: "no_qr" });
  });

  it("says not_upi for a QR that holds something else (a web link)", () => {
    const { rgba, w } = rasterize("https://example.com/menu");
    expect(decodeUpiFromPixels(rgba, w, w)).toEqual({ ok: false, reason: "not_upi", text: "https://example.com/menu" });
  });

  it("decodeUpiFromText handles what BarcodeDetector returns", () => {
    expect(decodeUpiFromText("upi://pay?pa=a.b@ybl&pn=AB").ok).toBe(true);
    expect(decodeUpiFromText("WIFI:S:shop;;").ok).toBe(false);
  });
});
