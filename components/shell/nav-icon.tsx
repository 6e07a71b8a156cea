// The shell's navigation icons: drawn as SVG (lucide), not emoji. An emoji's look depends on the
// phone (an older Android shows a box for 🧮 or 🧾), and where the system has no emoji font the
// browser searches every installed font for each one: on the test machines that made the first
// layout of every screen 30-90 ms longer (bench/README §13).
import {
  Bell,
  BookOpen,
  Calculator,
  ChartColumn,
  Footprints,
  History,
  House,
  type LucideIcon,
  Package,
  ReceiptIndianRupee,
  ScrollText,
  Settings,
  ShoppingCart,
  Store,
  Tag,
  User,
  Users,
  Wallet,
} from "lucide-react";

export const NAV_ICONS = {
  home: House,
  pos: Calculator,
  bills: ReceiptIndianRupee,
  cash: Wallet,
  tab: BookOpen,
  bell: Bell,
  orders: Package,
  inventory: Tag,
  chart: ChartColumn,
  people: Users,
  settings: Settings,
  cart: ShoppingCart,
  history: History,
  person: User,
  shop: Store,
  guest: Footprints,
  audit: ScrollText,
} satisfies Record<string, LucideIcon>;

export type NavIconName = keyof typeof NAV_ICONS;

export function NavIcon({ name, className = "size-5" }: { name: NavIconName; className?: string }) {
  const Icon = NAV_ICONS[name];
  return <Icon aria-hidden className={className} strokeWidth={1.75} />;
}
