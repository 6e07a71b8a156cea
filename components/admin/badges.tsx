import { getTranslations } from "next-intl/server";

const tone = {
  green: "bg-green-50 text-green-800 ring-green-200",
  red: "bg-red-50 text-red-800 ring-red-200",
  amber: "bg-amber-50 text-amber-800 ring-amber-200",
  stone: "bg-stone-100 text-stone-700 ring-stone-200",
  blue: "bg-sky-50 text-sky-800 ring-sky-200",
} as const;

export function Badge({ color, children, testId }: { color: keyof typeof tone; children: React.ReactNode; testId?: string }) {
  return <span data-testid={testId} className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ${tone[color]}`}>{children}</span>;
}

export async function AccountBadge({ disabledAt }: { disabledAt: Date | null }) {
  const t = await getTranslations("admin.status");
  return disabledAt ? <Badge color="red" testId="account-status">{t("disabled")}</Badge> : <Badge color="green" testId="account-status">{t("active")}</Badge>;
}

const TX_COLOR = { SALE: "green", CREDIT_SALE: "amber", PAYMENT: "blue", VOID: "red" } as const;
export async function TxTypeBadge({ type }: { type: keyof typeof TX_COLOR }) {
  const t = await getTranslations("admin.txType");
  return <Badge color={TX_COLOR[type]}>{t(type)}</Badge>;
}

const ORDER_COLOR = { PLACED: "amber", ACCEPTED: "blue", READY: "blue", COMPLETED: "green", CANCELLED: "stone" } as const;
export async function OrderStatusBadge({ status }: { status: keyof typeof ORDER_COLOR }) {
  const t = await getTranslations("admin.orderStatus");
  return <Badge color={ORDER_COLOR[status]}>{t(status)}</Badge>;
}
