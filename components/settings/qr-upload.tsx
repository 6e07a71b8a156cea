"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { UpiPayment } from "@/lib/upi";
import { readUpiFromFile } from "./read-qr-file";

type State =
  { kind: "idle" } | { kind: "reading" } | { kind: "found"; upiId: string } | { kind: "error"; reason: string };

/** Pick a photo of the QR sticker; it is decoded here in the browser and only a real UPI QR is kept. */
export function QrUpload({
  photo,
  error,
  onFound,
  onRejected,
}: {
  photo: File | null;
  error?: string;
  onFound: (file: File, upi: UpiPayment) => void;
  onRejected: () => void;
}) {
  const t = useTranslations("settings.upi");
  const tv = useTranslations("validation");
  const [state, setState] = useState<State>({ kind: "idle" });
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);

  useEffect(() => {
    // An object URL is a browser resource with a lifetime (revoked on change): an effect is its
    // place, so the state is set here on purpose.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (!photo) return setPreviewUrl(null);
    const url = URL.createObjectURL(photo);
    setPreviewUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [photo]);

  async function pick(e: React.ChangeEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setState({ kind: "reading" });
    const r = await readUpiFromFile(file).catch(() => ({ ok: false as const, reason: "unreadable" as const }));
    input.value = ""; // choosing the same file again still fires a change
    if (r.ok) {
      setState({ kind: "found", upiId: r.upi.pa });
      onFound(file, r.upi);
    } else {
      setState({ kind: "error", reason: r.reason });
      onRejected();
    }
  }

  const message = (reason: string) =>
    reason === "no_qr"
      ? t("noQr")
      : reason === "not_upi"
        ? t("notUpi")
        : reason === "unreadable"
          ? t("unreadable")
          : tv.has(reason)
            ? tv(reason)
            : t("unreadable");
  const shownError = state.kind === "error" ? message(state.reason) : error;

  return (
    <div className="flex flex-col gap-2 rounded-xl border border-dashed border-stone-300 bg-stone-50 p-4">
      <label htmlFor="qr-photo" className="text-sm font-medium text-stone-800">
        {t("upload")}
      </label>
      <input
        id="qr-photo"
        type="file"
        accept="image/png,image/jpeg,image/webp"
        onChange={pick}
        disabled={state.kind === "reading"}
        aria-describedby={shownError ? "qr-photo-error" : "qr-photo-hint"}
        aria-invalid={shownError ? true : undefined}
        className="text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-brand-600 file:px-4 file:py-2 file:font-medium file:text-white hover:file:bg-brand-700"
      />
      {shownError ? (
        <p id="qr-photo-error" role="alert" className="text-sm text-red-700">
          {shownError}
        </p>
      ) : (
        <p id="qr-photo-hint" className="text-xs text-stone-600">
          {t("uploadHint")}
        </p>
      )}
      {state.kind === "reading" ? (
        <p role="status" className="text-sm text-stone-700">
          {t("reading")}
        </p>
      ) : null}
      {state.kind === "found" && photo ? (
        <p role="status" className="text-sm font-medium text-brand-700">
          {t("found", { upiId: state.upiId })}
        </p>
      ) : null}
      {previewUrl ? (
        <figure className="flex flex-col gap-1">
          <figcaption className="text-xs text-stone-600">{t("newPhoto")}</figcaption>
          {/* eslint-disable-next-line @next/next/no-img-element -- a local blob: preview */}
          <img
            src={previewUrl}
            alt={t("photoAlt")}
            className="h-32 w-32 rounded-lg bg-white object-contain ring-1 ring-stone-200"
          />
        </figure>
      ) : null}
    </div>
  );
}
