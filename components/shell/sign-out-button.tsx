"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { signOutTo } from "@/lib/auth/sign-out-request";

/** Signs out. A page may register a guard (e.g. the offline POS queue) that can refuse. */
export function SignOutButton({ className = "" }: { className?: string }) {
  const t = useTranslations("common");
  const [busy, setBusy] = useState(false);
  const [blocked, setBlocked] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-start gap-1">
      <button
        type="button"
        disabled={busy}
        className={`rounded-lg px-3 py-1.5 text-sm text-stone-700 ring-1 ring-stone-300 hover:bg-stone-100 ${className}`}
        onClick={async () => {
          const guard = (window as unknown as { __gsSignOutGuard?: () => Promise<string | null> }).__gsSignOutGuard;
          const reason = guard ? await guard() : null;
          if (reason) return setBlocked(reason);
          setBusy(true);
          try {
            await signOutTo("/login");
          } catch {
            setBusy(false); // no network: still signed in; the button works again
          }
        }}
      >
        {busy ? t("signingOut") : t("signOut")}
      </button>
      {blocked ? (
        <p role="alert" className="max-w-48 text-xs text-red-700">
          {blocked}
        </p>
      ) : null}
    </div>
  );
}
