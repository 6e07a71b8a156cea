"use client";
// Always on screen at the counter: online or offline (sales are then kept on this tablet),
// and how many sales wait to sync. Not only when something is already waiting.
import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { useOutboxCounts } from "@/lib/offline/use-outbox";

const subscribe = (cb: () => void) => {
  window.addEventListener("online", cb);
  window.addEventListener("offline", cb);
  return () => {
    window.removeEventListener("online", cb);
    window.removeEventListener("offline", cb);
  };
};

export function ConnectionState() {
  const t = useTranslations("pos.connection");
  const online = useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
  const counts = useOutboxCounts();
  const waiting = (counts?.pending ?? 0) + (counts?.failed ?? 0);
  return (
    <p
      role="status"
      data-testid="pos-connection"
      data-online={online}
      className={`flex items-center gap-2 rounded-lg px-3 py-1.5 text-sm font-medium ${
        online ? "bg-green-50 text-green-900" : "bg-amber-100 text-amber-950"
      }`}
    >
      <span aria-hidden className={`h-2.5 w-2.5 rounded-full ${online ? "bg-green-600" : "bg-amber-600"}`} />
      {online ? t("online") : t("offline")}
      {waiting > 0 ? <span className="ml-auto">{t("waiting", { count: waiting })}</span> : null}
    </p>
  );
}
