"use client";
import { Camera } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useBrowserValue } from "@/components/hooks/use-browser-value";

// The Shape Detection API is not in TypeScript's DOM types yet; only what is used here.
type DetectedBarcode = { rawValue: string };
type BarcodeDetectorLike = { detect(source: HTMLVideoElement): Promise<DetectedBarcode[]> };
type BarcodeDetectorCtor = {
  new (opts?: { formats?: string[] }): BarcodeDetectorLike;
  getSupportedFormats?: () => Promise<string[]>;
};

const detectorCtor = () =>
  typeof window === "undefined"
    ? undefined
    : (window as unknown as { BarcodeDetector?: BarcodeDetectorCtor }).BarcodeDetector;

/**
 * Scan a barcode with the camera and search for it (the list opens the product on an exact
 * barcode or SKU). Shown only where the browser has BarcodeDetector and a camera API: decided
 * after mount, so the server's HTML and the first render agree.
 */
export function BarcodeScanButton() {
  const t = useTranslations("inventory.scan");
  const router = useRouter();
  const supported = useBrowserValue(() => !!detectorCtor() && !!navigator.mediaDevices?.getUserMedia, false);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    if (!open) return;
    dialog.current?.showModal();
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const stop = () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((tr) => tr.stop());
    };
    (async () => {
      try {
        const Ctor = detectorCtor()!;
        const formats = (await Ctor.getSupportedFormats?.()) ?? undefined;
        const detector = new Ctor(formats?.length ? { formats } : undefined);
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
        if (stopped || !video.current) return stop();
        video.current.srcObject = stream;
        await video.current.play();
        // A few looks a second is plenty for a hand-held scan and light on a cheap phone.
        const look = async () => {
          if (stopped || !video.current) return;
          try {
            const found = await detector.detect(video.current);
            const code = found.find((b) => b.rawValue.trim())?.rawValue.trim();
            if (code) {
              stop();
              setOpen(false);
              router.push(`/merchant/inventory?q=${encodeURIComponent(code.slice(0, 64))}`);
              return;
            }
          } catch {
            // A frame that cannot be read yet (video warming up): try the next one.
          }
          timer = setTimeout(look, 250);
        };
        look();
      } catch {
        setFailed(true);
      }
    })();
    return stop;
  }, [open, router]);

  if (!supported) return null;
  const close = () => {
    dialog.current?.close();
    setOpen(false);
    setFailed(false);
  };
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="rounded-lg px-3 py-2.5 text-stone-800 ring-1 ring-stone-300 hover:bg-stone-100"
        aria-label={t("open")}
      >
        <Camera aria-hidden className="size-4" />
      </button>
      {open ? (
        <dialog
          ref={dialog}
          onClose={close}
          aria-label={t("title")}
          className="m-auto w-full max-w-md rounded-xl p-4 backdrop:bg-stone-900/60"
        >
          <p className="mb-2 font-semibold">{t("title")}</p>
          <video ref={video} muted playsInline className="aspect-video w-full rounded-lg bg-black" />
          <p className="mt-2 text-sm text-stone-600">{t("hint")}</p>
          {failed ? (
            <p role="alert" className="mt-2 text-sm text-red-700">
              {t("cameraError")}
            </p>
          ) : null}
          <button type="button" onClick={close} className="mt-3 rounded-lg px-4 py-2 ring-1 ring-stone-300">
            {t("close")}
          </button>
        </dialog>
      ) : null}
    </>
  );
}
