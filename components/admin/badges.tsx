import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

export async function AccountBadge({ disabledAt }: { disabledAt: Date | null }) {
  const t = await getTranslations("admin.status");
  return disabledAt ? (
    <Badge tone="red" testId="account-status">
      {t("disabled")}
    </Badge>
  ) : (
    <Badge tone="green" testId="account-status">
      {t("active")}
    </Badge>
  );
}

const TX_COLOR = { SALE: "green", CREDIT_SALE: "amber", PAYMENT: "blue", VOID: "red", RETURN: "stone" } as const;
export async function TxTypeBadge({ type }: { type: keyof typeof TX_COLOR }) {
  const t = await getTranslations("admin.txType");
  return <Badge tone={TX_COLOR[type]}>{t(type)}</Badge>;
}

const ORDER_COLOR = {
  PLACED: "amber",
  ACCEPTED: "blue",
  READY: "blue",
  COMPLETED: "green",
  CANCELLED: "stone",
} as const;
export async function OrderStatusBadge({ status }: { status: keyof typeof ORDER_COLOR }) {
  const t = await getTranslations("admin.orderStatus");
  return <Badge tone={ORDER_COLOR[status]}>{t(status)}</Badge>;
}
