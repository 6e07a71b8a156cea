"use client";
import { IntentLink } from "./intent-link";
import { NavIcon, type NavIconName } from "./nav-icon";
import { usePathname } from "next/navigation";

export type NavItem = { href: string; label: string; icon: NavIconName; exact?: boolean };

export function NavLinks({ items, orientation }: { items: NavItem[]; orientation: "vertical" | "bottom" }) {
  const path = usePathname();
  const active = (i: NavItem) => (i.exact ? path === i.href : path === i.href || path.startsWith(`${i.href}/`));
  if (orientation === "bottom") {
    return (
      <ul className="grid" style={{ gridTemplateColumns: `repeat(${items.length}, minmax(0, 1fr))` }}>
        {items.map((i) => (
          <li key={i.href}>
            <IntentLink
              href={i.href}
              aria-current={active(i) ? "page" : undefined}
              className={`flex min-h-14 flex-col items-center justify-center gap-0.5 px-1 text-[11px] leading-tight ${active(i) ? "text-brand-700 font-semibold" : "text-stone-600"}`}
            >
              <NavIcon name={i.icon} />
              <span className="line-clamp-1 text-center">{i.label}</span>
            </IntentLink>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="flex flex-col gap-0.5 px-3">
      {items.map((i) => (
        <li key={i.href}>
          <IntentLink
            href={i.href}
            aria-current={active(i) ? "page" : undefined}
            className={`flex items-center gap-3 rounded-lg px-3 py-2 text-sm ${active(i) ? "bg-brand-50 font-semibold text-brand-700" : "text-stone-700 hover:bg-stone-100"}`}
          >
            <NavIcon name={i.icon} className="size-4.5 shrink-0" />
            {i.label}
          </IntentLink>
        </li>
      ))}
    </ul>
  );
}
