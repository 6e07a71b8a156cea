"use client";
// Opt in on this device to notifications: due reminders from shops and order status.
// The browser's push subscription (for the app's VAPID public key) is sent to the server.
import { useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import { subscribePushAction, unsubscribePushAction } from "@/app/customer/profile/actions";
import { useBrowserValue } from "@/components/hooks/use-browser-value";
import { Button } from "@/components/ui/button";

type State = "loading" | "unsupported" | "denied" | "off" | "on";

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const b64 = (base64url + "=".repeat((4 - (base64url.length % 4)) % 4)).replace(/-/g, "+").replace(/_/g, "/");
  const raw = atob(b64);
  const out = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

async function registration() {
  const existing = await navigator.serviceWorker.getRegistration();
  return existing ?? navigator.serviceWorker.register("/sw.js", { scope: "/" });
}

export function PushOptIn({ vapidPublicKey }: { vapidPublicKey: string | null }) {
  const t = useTranslations("profile.push");
  // What the browser can do is known only there (no push service, or notifications blocked).
  const support = useBrowserValue<State | "check">(
    () =>
      !vapidPublicKey || !("serviceWorker" in navigator) || !("PushManager" in window)
        ? "unsupported"
        : Notification.permission === "denied"
          ? "denied"
          : "check",
    "loading",
  );
  const [checked, setState] = useState<State>("loading");
  const state: State = support === "check" ? checked : support;
  const [error, setError] = useState(false);
  const [pending, start] = useTransition();

  useEffect(() => {
    if (support !== "check") return;
    void registration()
      .then((r) => r.pushManager.getSubscription())
      .then((s) => setState(s ? "on" : "off"))
      .catch(() => setState("unsupported"));
  }, [support]);

  const enable = () =>
    start(async () => {
      setError(false);
      try {
        if ((await Notification.requestPermission()) !== "granted") return setState("denied");
        const reg = await registration();
        const sub = await reg.pushManager.subscribe({
          userVisibleOnly: true,
          applicationServerKey: keyBytes(vapidPublicKey!),
        });
        const res = await subscribePushAction(sub.toJSON());
        if (!res.ok) throw new Error(res.code);
        setState("on");
      } catch {
        setError(true);
      }
    });
  const disable = () =>
    start(async () => {
      setError(false);
      try {
        const sub = await (await registration()).pushManager.getSubscription();
        if (sub) {
          await unsubscribePushAction({ endpoint: sub.endpoint });
          await sub.unsubscribe();
        }
        setState("off");
      } catch {
        setError(true);
      }
    });

  return (
    <section
      aria-labelledby="push-title"
      className="flex flex-col gap-2 rounded-xl bg-white p-4 ring-1 ring-stone-200"
      data-testid="push-opt-in"
      data-state={state}
    >
      <h2 id="push-title" className="font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-600">{t("intro")}</p>
      {state === "unsupported" ? <p className="text-sm text-stone-600">{t("unsupported")}</p> : null}
      {state === "denied" ? <p className="text-sm text-amber-800">{t("denied")}</p> : null}
      {state === "off" ? (
        <Button type="button" onClick={enable} disabled={pending}>
          {t("enable")}
        </Button>
      ) : null}
      {state === "on" ? (
        <>
          <p className="text-sm text-green-800">{t("on")}</p>
          <Button type="button" variant="secondary" onClick={disable} disabled={pending}>
            {t("disable")}
          </Button>
        </>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-red-800">
          {t("error")}
        </p>
      ) : null}
    </section>
  );
}
