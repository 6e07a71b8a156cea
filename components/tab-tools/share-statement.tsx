"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { createStatementLinkAction, revokeStatementLinkAction } from "@/app/merchant/customers/[id]/tab-actions";
import { useBrowserValue } from "@/components/hooks/use-browser-value";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/lib/i18n/format";
import { formatPaise } from "@/lib/money";
import { useTabAction } from "./use-tab-action";

export type LinkRow = { id: string; path: string; expiresAt: string };
type Props = {
  customerId: string;
  customerName: string;
  phone: string | null;
  shopName: string;
  duePaise: number;
  links: LinkRow[];
  timeZone: string;
};

/**
 * A reminder with a read-only statement link (no sign-in, stops after 7 days or when turned
 * off): copy it, share it from the phone, or open WhatsApp with the message ready.
 */
export function ShareStatement({ customerId, customerName, phone, shopName, duePaise, links, timeZone }: Props) {
  const t = useTranslations("bills.tabTools.share");
  const locale = useLocale();
  const { pending, error, run } = useTabAction();
  // The page is server-rendered; the link's origin is whatever this browser reached us on.
  const origin = useBrowserValue(() => window.location.origin, "");

  return (
    <div className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-stone-200" data-testid="tab-share">
      <h3 className="font-semibold">{t("title")}</h3>
      <p className="text-sm text-stone-600">{t("intro")}</p>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <div>
        <Button
          type="button"
          size="sm"
          disabled={pending}
          onClick={() =>
            run(
              () => createStatementLinkAction({ customerId }),
              () => {},
            )
          }
          data-testid="make-link"
        >
          {t("create")}
        </Button>
      </div>
      {links.length ? (
        <ul className="flex flex-col gap-3" aria-label={t("live")}>
          {links.map((l) => (
            <LinkItem
              key={l.id}
              link={l}
              url={`${origin}${l.path}`}
              phone={phone}
              timeZone={timeZone}
              message={(url) =>
                t("message", {
                  name: customerName,
                  shop: shopName,
                  amount: formatPaise(Math.max(duePaise, 0), locale),
                  url,
                })
              }
            />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-stone-600">{t("none")}</p>
      )}
    </div>
  );
}

function LinkItem({
  link,
  url,
  phone,
  timeZone,
  message,
}: {
  link: LinkRow;
  url: string;
  phone: string | null;
  timeZone: string;
  message: (url: string) => string;
}) {
  const t = useTranslations("bills.tabTools.share");
  const locale = useLocale();
  const { pending, error, run } = useTabAction();
  const [copied, setCopied] = useState(false);
  const canShare = useBrowserValue(() => typeof navigator.share === "function", false);
  const text = message(url);
  // wa.me wants the number with the country code and no plus sign.
  const whatsapp = `https://wa.me/${phone ? `91${phone}` : ""}?text=${encodeURIComponent(text)}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  };
  const share = async () => {
    try {
      await navigator.share({ text, url });
    } catch {
      // The person closed the share sheet: nothing to do.
    }
  };

  return (
    <li className="flex flex-col gap-2 rounded-lg bg-stone-50 p-3 ring-1 ring-stone-200" data-testid="statement-link">
      <input
        readOnly
        value={url}
        aria-label={t("linkLabel")}
        onFocus={(e) => e.currentTarget.select()}
        className="w-full rounded border border-stone-300 bg-white px-2 py-1 font-mono text-xs"
      />
      <p className="text-xs text-stone-600">
        {t("expires", { date: formatDate(link.expiresAt, locale, timeZone, true) })}
      </p>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="button" size="sm" variant="secondary" onClick={copy}>
          {copied ? t("copied") : t("copy")}
        </Button>
        {canShare ? (
          <Button type="button" size="sm" variant="secondary" onClick={share}>
            {t("share")}
          </Button>
        ) : null}
        <a
          href={whatsapp}
          target="_blank"
          rel="noopener noreferrer"
          className="inline-flex items-center rounded-lg bg-green-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-green-700"
        >
          {t("whatsapp")}
        </a>
        <Button
          type="button"
          size="sm"
          variant="ghost"
          disabled={pending}
          onClick={() =>
            run(
              () => revokeStatementLinkAction({ linkId: link.id }),
              () => {},
            )
          }
        >
          {t("revoke")}
        </Button>
      </div>
    </li>
  );
}
