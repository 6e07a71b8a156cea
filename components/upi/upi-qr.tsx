"use client";
// <UpiQr uri size? label? />: the QR a customer scans to pay, drawn as inline SVG (crisp on
// screen and on paper, no canvas, renders on the server too). Shared by settings, the POS and bills.
//   uri:   a payload from buildUpiUri / shopUpiUri (lib/upi.ts)
//   size:  width and height in CSS pixels (default 224)
//   label: optional line under the QR (e.g. the shop name); the UPI id and amount always show
// Tests read the payload from data-upi-uri on the data-testid="upi-qr" element.
import { useLocale, useTranslations } from "next-intl";
import QRCode from "qrcode";
import { useMemo } from "react";
import { formatPaise } from "@/lib/money";
import { parseUpiUri } from "@/lib/upi";

const QUIET = 4; // modules of white border: scanners need it

/** One SVG path for all dark modules; runs along a row are merged to keep it small. */
function qrPath(text: string): { d: string; n: number } {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: "M" }).modules;
  let d = "";
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!data[y * size + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && data[y * size + x]) x++;
      d += `M${start + QUIET} ${y + QUIET}h${x - start}v1h${start - x}z`;
    }
  }
  return { d, n: size + QUIET * 2 };
}

export function UpiQr({ uri, size = 224, label }: { uri: string; size?: number; label?: string }) {
  const t = useTranslations("settings.qr");
  const locale = useLocale();
  const { d, n } = useMemo(() => qrPath(uri), [uri]);
  const upi = parseUpiUri(uri);
  const upiId = upi?.pa ?? "";
  const amount = upi?.amountPaise ? formatPaise(upi.amountPaise, locale, true) : null;
  const alt = amount ? t("altAmount", { amount, upiId }) : t("alt", { upiId });
  return (
    <figure data-testid="upi-qr" data-upi-uri={uri} className="inline-flex flex-col items-center gap-2">
      <svg
        role="img"
        aria-label={alt}
        viewBox={`0 0 ${n} ${n}`}
        width={size}
        height={size}
        shapeRendering="crispEdges"
        className="rounded-lg bg-white ring-1 ring-stone-200"
      >
        <rect width={n} height={n} fill="#ffffff" />
        <path d={d} fill="#000000" />
      </svg>
      <figcaption className="flex flex-col items-center text-center">
        {label ? <span className="font-medium text-stone-900">{label}</span> : null}
        {amount ? (
          <span className="text-lg font-semibold tabular-nums" data-testid="upi-qr-amount">
            {amount}
          </span>
        ) : null}
        {upiId ? <span className="text-sm break-all text-stone-700">{t("upiId", { upiId })}</span> : null}
      </figcaption>
    </figure>
  );
}
