"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavItem = { href: string; label: string; icon: string; exact?: boolean };

export function NavLinks({ items, orientation }: { items: NavItem[]; orientation: "vertical" | "bottom" }) {
  const path = usePathname();
  const active = (i: NavItem) => (i.exact ? path === i.href : path === i.href || path.startsWith(`${i.href}/`));
  if (orientation === "bottom") {
    return (
      <ul className="grid" style={{ gridTemplateColumns: `repeat(${items.length}, minmax(0, 1fr))` }}>
        {items.map((i) => (
          <li key={i.href}>
            <Link
              href={i.href}
              aria-current={active(i) ? "page" : undefined}
              className={`flex min-h-14 flex-col items-center justify-center gap-0.5 px-1 text-[11px] leading-tight ${active(i) ? "text-brand-700 font-semibold" : "text-stone-600"}`}
            >
              <span aria-hidden className="text-lg">
                {i.icon}
              </span>
              <span className="line-clamp-1 text-center">{i.label}</span>
            </Link>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="flex flex-col gap-0.5 px-3">
      {items.map((i) => (
        <li key={i.href}>
          <Link
            href={i.href}
            aria-current={active(i) ? "page" : undefined}
            className={`flex items-center gap-3 rounded-lg px-3 py-2 text-sm ${active(i) ? "bg-brand-50 font-semibold text-brand-700" : "text-stone-700 hover:bg-stone-100"}`}
          >
            <span aria-hidden>{i.icon}</span>
            {i.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
