"use client";
import { Menu } from "lucide-react";
import { IntentLink } from "./intent-link";
import { NavIcon } from "./nav-icon";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { NavLinks, type NavItem } from "./nav-links";

/**
 * The phone's bottom bar: the role's first screens, then "More" opening a sheet with every
 * other screen, so each one is a tap or two away on a phone (the bar holds five at most).
 */
export function MobileNav({ bar, more }: { bar: NavItem[]; more: NavItem[] }) {
  const t = useTranslations("nav");
  const path = usePathname();
  // Open on the screen it was opened on: a route change (a tap in the sheet) closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === path;
  const setOpen = (next: boolean | ((was: boolean) => boolean)) =>
    setOpenOn((on) => ((typeof next === "function" ? next(on === path) : next) ? path : null));
  const sheetId = useId();
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpenOn(null);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);
  const moreActive = more.some((i) => path === i.href || path.startsWith(`${i.href}/`));
  if (more.length === 0) return <NavLinks items={bar} orientation="bottom" />;
  return (
    <>
      {open ? <div className="fixed inset-0 z-30 bg-stone-900/40" aria-hidden onClick={() => setOpen(false)} /> : null}
      <div
        id={sheetId}
        role="dialog"
        aria-modal="true"
        aria-label={t("more")}
        hidden={!open}
        className="fixed inset-x-0 bottom-14 z-40 rounded-t-2xl border-t border-stone-200 bg-white p-3 shadow-lg"
        data-testid="more-sheet"
      >
        <ul className="grid grid-cols-3 gap-2">
          {more.map((i) => (
            <li key={i.href}>
              <IntentLink
                href={i.href}
                onClick={() => setOpen(false)}
                aria-current={path === i.href || path.startsWith(`${i.href}/`) ? "page" : undefined}
                className="flex min-h-16 flex-col items-center justify-center gap-1 rounded-xl px-2 py-2 text-center text-sm text-stone-700 ring-1 ring-stone-200 hover:bg-stone-100 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold aria-[current=page]:text-brand-700"
              >
                <NavIcon name={i.icon} className="size-6" />
                {i.label}
              </IntentLink>
            </li>
          ))}
        </ul>
      </div>
      <div className="relative z-40 grid bg-white" style={{ gridTemplateColumns: "1fr auto" }}>
        <NavLinks items={bar} orientation="bottom" />
        <button
          type="button"
          aria-expanded={open}
          aria-controls={sheetId}
          onClick={() => setOpen((o) => !o)}
          className={`flex min-h-14 w-[20vw] flex-col items-center justify-center gap-0.5 px-1 text-[11px] leading-tight ${open || moreActive ? "font-semibold text-brand-700" : "text-stone-600"}`}
        >
          <Menu aria-hidden className="size-5" strokeWidth={1.75} />
          <span>{t("more")}</span>
        </button>
      </div>
    </>
  );
}
