"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { placeOrderAction } from "@/app/customer/shops/[id]/checkout/actions";
import { useBrowserValue } from "@/components/hooks/use-browser-value";
import { newClientId } from "@/lib/client-id";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { CartLines } from "./cart-lines";
import { useCart } from "./cart-store";
import { PaymentOptions, type PayMethod, type PayShop } from "./payment-options";

type Notice = { tone: "error" | "warn"; text: string };

/**
 * The cart, how to pay, and "Place order". The clientId is made once when checkout opens and
 * re-sent by every retry, so a double tap or a lost reply never places two orders.
 */
export function CheckoutForm({ shop }: { shop: PayShop & { id: string } }) {
  const t = useTranslations("cart");
  const router = useRouter();
  const { lines, totalPaise, setQuantity, limit, clear } = useCart(shop.id);
  const [method, setMethod] = useState<PayMethod>("CASH");
  const [note, setNote] = useState("");
  const [clientId] = useState(newClientId);
  const mounted = useBrowserValue(() => true, false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, start] = useTransition();
  const [placed, setPlaced] = useState(false);

  // Before mount the cart (in this device's storage) is unknown: a placeholder, not "empty".
  if (!mounted) return <div aria-busy="true" className="h-72 animate-pulse rounded-xl bg-stone-200" />;
  if (!lines.length && !placed) {
    return (
      <EmptyState title={t("empty")}>
        <Link href={`/customer/shops/${shop.id}`} className="text-brand-700 underline">
          {t("browse")}
        </Link>
      </EmptyState>
    );
  }

  const nameOf = (productId: string) => lines.find((l) => l.productId === productId)?.name ?? t("anItem");

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setNotice(null);
    const items = lines.map((l) => ({ productId: l.productId, quantity: l.quantity }));
    start(async () => {
      try {
        const res = await placeOrderAction({
          shopId: shop.id,
          items,
          paymentMethod: method,
          clientId,
          note: note.trim() || undefined,
        });
        if (res.ok) {
          setPlaced(true);
          clear();
          router.push(`/customer/orders/${res.id}?placed=1`);
          return;
        }
        const d = (res.details ?? {}) as { productId?: string; available?: number };
        if (res.code === "insufficient_stock" && d.productId) {
          // Fit the cart to what is there and say so; the next try re-sends the same clientId.
          const available = d.available ?? 0;
          const name = nameOf(d.productId);
          limit(d.productId, available);
          setNotice({
            tone: "warn",
            text: available > 0 ? t("errors.onlyLeft", { available, name }) : t("errors.outOfStock", { name }),
          });
        } else if (res.code === "invalid_input" && d.productId) {
          const name = nameOf(d.productId);
          setQuantity(d.productId, 0);
          setNotice({ tone: "warn", text: t("errors.noLongerSold", { name }) });
        } else if (res.code === "invalid_input" && res.fields?.paymentMethod) {
          setMethod("CASH");
          setNotice({ tone: "error", text: t("errors.payLater") });
        } else {
          setNotice({
            tone: "error",
            text: t.has(`errors.${res.code}`) ? t(`errors.${res.code}`) : t("errors.generic"),
          });
        }
      } catch {
        setNotice({ tone: "error", text: t("errors.network") });
      }
    });
  };

  return (
    <form onSubmit={submit} className="grid gap-4 lg:grid-cols-[3fr_2fr]">
      <section
        aria-labelledby="cart-title"
        className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-stone-200"
      >
        <h2 id="cart-title" className="font-semibold">
          {t("yourCart")}
        </h2>
        <CartLines lines={lines} totalPaise={totalPaise} setQuantity={setQuantity} />
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("note")}
          <textarea
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={500}
            rows={2}
            placeholder={t("noteHint")}
            className="rounded-lg border border-stone-300 p-2 font-normal"
          />
        </label>
      </section>
      <section className="flex flex-col gap-4 rounded-xl bg-white p-4 ring-1 ring-stone-200">
        <PaymentOptions shop={shop} method={method} onChange={setMethod} />
        {notice ? (
          <p
            role="alert"
            className={`rounded-lg px-3 py-2 text-sm ${notice.tone === "warn" ? "bg-amber-50 text-amber-900" : "bg-red-50 text-red-800"}`}
          >
            {notice.text}
          </p>
        ) : null}
        <Button type="submit" size="lg" disabled={pending || !lines.length}>
          {pending ? t("placing") : t("placeOrder")}
        </Button>
        <p className="text-xs text-stone-600">{t("pickupNote")}</p>
      </section>
    </form>
  );
}
