import { IntentLink } from "./intent-link";
import { getTranslations } from "next-intl/server";
import { PwaPrompts } from "@/components/pwa/pwa-prompts";
import { LocaleSwitcher } from "./locale-switcher";
import { MobileNav } from "./mobile-nav";
import { NavLinks, type NavItem } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

/** The signed-in frame: sidebar on desktop, top bar + bottom tabs (+ a More sheet) on phones and tablets. */
export async function AppShell({
  title,
  userName,
  items,
  mobileItems,
  children,
}: {
  title: string;
  userName: string;
  items: NavItem[];
  mobileItems?: NavItem[];
  children: React.ReactNode;
}) {
  const t = await getTranslations("common");
  // Four screens in the bar and "More" for the rest; a role with five or fewer needs no sheet.
  const bar = mobileItems ?? (items.length <= 5 ? items : items.slice(0, 4));
  return (
    <div className="min-h-dvh lg:grid lg:grid-cols-[15rem_1fr]">
      <aside className="no-print hidden border-r border-stone-200 bg-white lg:flex lg:flex-col">
        <div className="px-5 py-4">
          <IntentLink href="/" className="text-lg font-bold text-brand-700">
            {t("appName")}
          </IntentLink>
          <p className="truncate text-sm text-stone-600">{title}</p>
        </div>
        <NavLinks items={items} orientation="vertical" />
        <div className="mt-auto flex flex-col gap-3 border-t border-stone-200 p-4">
          <p className="truncate text-sm text-stone-700" data-testid="user-name">
            {userName}
          </p>
          <LocaleSwitcher />
          <SignOutButton />
        </div>
      </aside>
      <div className="flex min-w-0 flex-col pb-20 lg:pb-0">
        <header className="no-print sticky top-0 z-20 flex items-center justify-between gap-2 border-b border-stone-200 bg-white/95 px-4 py-2 backdrop-blur lg:hidden">
          <div className="min-w-0">
            <IntentLink href="/" className="font-bold text-brand-700">
              {t("appName")}
            </IntentLink>
            <p className="truncate text-xs text-stone-600">
              {title} · <span data-testid="user-name-mobile">{userName}</span>
            </p>
          </div>
          <div className="flex items-center gap-2">
            <LocaleSwitcher />
            <SignOutButton />
          </div>
        </header>
        <main className="mx-auto w-full max-w-7xl flex-1 p-4 lg:p-6">
          <PwaPrompts />
          {children}
        </main>
        <nav
          data-testid="bottom-nav"
          className="no-print fixed inset-x-0 bottom-0 z-20 border-t border-stone-200 bg-white lg:hidden"
        >
          <MobileNav bar={bar} more={items.filter((i) => !bar.includes(i))} />
        </nav>
      </div>
    </div>
  );
}
