"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { SettingsFormResult } from "@/lib/form-results";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormStatus } from "./form-status";
import { QrUpload } from "./qr-upload";
import { useSettingsForm } from "./use-settings-form";

export type UpiValues = {
  upiId: string | null;
  upiPayeeName: string | null;
  hasQrImage: boolean;
  qrImageVersion: number;
};

/** UPI id + payee name, typed or read from a photo of the shop's QR sticker; saved together with the photo. */
export function UpiForm({ initial }: { initial: UpiValues }) {
  const t = useTranslations("settings");
  const [upiId, setUpiId] = useState(initial.upiId ?? "");
  const [payee, setPayee] = useState(initial.upiPayeeName ?? "");
  const [photo, setPhoto] = useState<File | null>(null);
  const [removeImage, setRemoveImage] = useState(false);
  const { pending, status, err, clear, run } = useSettingsForm();

  function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const body = new FormData();
    body.set("upiId", upiId);
    body.set("upiPayeeName", payee);
    if (removeImage) body.set("removeImage", "on");
    if (photo) body.set("image", photo);
    // A route handler, not an action: the photo is over the server-action body limit.
    run(
      async () =>
        (await (await fetch("/merchant/settings/upi", { method: "POST", body })).json()) as SettingsFormResult,
      () => {
        setPhoto(null);
        setRemoveImage(false);
      },
    );
  }

  return (
    <Card className="p-5">
      <h2 className="text-lg font-semibold">{t("upi.title")}</h2>
      <p className="mt-1 text-sm text-stone-600">{t("upi.intro")}</p>
      {initial.upiId ? (
        <p role="status" className="mt-3 rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-700">
          {t("upi.status", { upiId: initial.upiId })}
        </p>
      ) : (
        <p role="status" className="mt-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          {t("upi.notSet")}
        </p>
      )}
      <form onSubmit={submit} noValidate className="mt-4 flex flex-col gap-4" aria-busy={pending}>
        <QrUpload
          photo={photo}
          error={err("image")}
          onFound={(file, upi) => {
            setPhoto(file);
            setUpiId(upi.pa);
            if (upi.pn) setPayee(upi.pn);
            clear();
          }}
          onRejected={() => setPhoto(null)}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            name="upiId"
            label={t("upi.upiId")}
            value={upiId}
            onChange={(e) => setUpiId(e.target.value)}
            error={err("upiId")}
            hint={t("upi.upiIdHint")}
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            inputMode="email"
          />
          <Field
            name="upiPayeeName"
            label={t("upi.payeeName")}
            value={payee}
            onChange={(e) => setPayee(e.target.value)}
            error={err("upiPayeeName")}
            hint={t("upi.payeeHint")}
            maxLength={60}
          />
        </div>
        {initial.hasQrImage && !photo ? (
          <div className="flex flex-wrap items-end gap-4">
            <figure className="flex flex-col gap-1">
              <figcaption className="text-sm font-medium text-stone-800">{t("upi.savedPhoto")}</figcaption>
              {/* eslint-disable-next-line @next/next/no-img-element -- a private, per-shop image behind the session */}
              <img
                src={`/merchant/settings/qr-image?v=${initial.qrImageVersion}`}
                alt={t("upi.photoAlt")}
                data-testid="saved-qr-photo"
                className={`h-40 w-40 rounded-lg bg-white object-contain ring-1 ring-stone-200 ${removeImage ? "opacity-40" : ""}`}
              />
            </figure>
            <label className="flex items-center gap-2 text-sm text-stone-800">
              <input
                type="checkbox"
                name="removeImage"
                checked={removeImage}
                onChange={(e) => setRemoveImage(e.target.checked)}
                className="h-4 w-4 accent-brand-600"
              />
              {t("upi.removePhoto")}
            </label>
          </div>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? t("upi.saving") : t("upi.save")}
          </Button>
          <FormStatus result={status} savedText={t("upi.saved")} />
        </div>
      </form>
    </Card>
  );
}
