"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { doNotRemindAction, remindAction, remindAllAction } from "@/app/merchant/reminders/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { formatDate } from "@/lib/i18n/format";
import { formatPaise } from "@/lib/money";

export type RemindRow = {
  customerId: string;
  name: string;
  phone: string | null;
  duePaise: number;
  ageDays: number;
  lastRemindedAt: string | null;
  doNotRemind: boolean;
  canPush: boolean;
};
type Sent = { customerId: string; name: string; whatsappUrl: string; pushed: number };

const BULK_DAYS = 30;

/** Opens WhatsApp in a tab opened during the tap (so no pop-up blocker stops it), else here. */
function openWhatsApp(win: Window | null, url: string) {
  if (win) win.location.href = url;
  else window.location.href = url;
}

export function ReminderList({ rows, timeZone }: { rows: RemindRow[]; timeZone: string }) {
  const t = useTranslations("customers.remindList");
  const locale = useLocale();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<Record<string, Sent>>({});
  const [bulk, setBulk] = useState<Sent[] | null>(null);
  // The switch moves at once; the server's answer confirms it (or puts it back).
  const [offNow, setOffNow] = useState<Record<string, boolean>>({});
  const isOff = (r: RemindRow) => offNow[r.customerId] ?? r.doNotRemind;
  const old = rows.filter((r) => r.ageDays > BULK_DAYS && !isOff(r));

  if (!rows.length) return <EmptyState title={t("empty")}>{t("emptyBody")}</EmptyState>;

  const remind = (customerId: string) => {
    setError(null);
    const win = window.open("about:blank", "_blank");
    start(async () => {
      const res = await remindAction({ customerId }).catch(() => null);
      if (!res || !res.ok) {
        win?.close();
        return setError(res && !res.ok && res.code === "conflict" ? t("errors.conflict") : t("errors.generic"));
      }
      setSent((s) => ({ ...s, [customerId]: res.reminder }));
      openWhatsApp(win, res.reminder.whatsappUrl);
    });
  };
  const remindAll = () => {
    setError(null);
    start(async () => {
      const res = await remindAllAction({ olderThanDays: BULK_DAYS }).catch(() => null);
      if (!res || !res.ok) return setError(t("errors.generic"));
      setBulk(res.reminders);
      setSent((s) => ({ ...s, ...Object.fromEntries(res.reminders.map((r) => [r.customerId, r])) }));
    });
  };
  const toggle = (customerId: string, doNotRemind: boolean) => {
    setOffNow((o) => ({ ...o, [customerId]: doNotRemind }));
    start(async () => {
      const res = await doNotRemindAction({ customerId, doNotRemind }).catch(() => null);
      if (!res || !res.ok) {
        setOffNow((o) => ({ ...o, [customerId]: !doNotRemind }));
        setError(t("errors.generic"));
      }
    });
  };

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-3 rounded-xl bg-white p-4 ring-1 ring-stone-200">
        <Button type="button" onClick={remindAll} disabled={pending || !old.length} data-testid="remind-all">
          {t("remindAll", { days: BULK_DAYS, count: old.length })}
        </Button>
        <p className="text-sm text-stone-600">{t("remindAllHelp")}</p>
      </div>
      {error ? (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      {bulk ? (
        <section
          aria-labelledby="bulk-title"
          className="flex flex-col gap-2 rounded-xl bg-green-50 p-4 ring-1 ring-green-200"
          data-testid="bulk-result"
        >
          <h2 id="bulk-title" className="font-semibold">
            {t("bulkDone", { count: bulk.length })}
          </h2>
          <p className="text-sm">{t("bulkSendEach")}</p>
          <ul className="flex flex-wrap gap-2">
            {bulk.map((r) => (
              <li key={r.customerId}>
                <a
                  href={r.whatsappUrl}
                  target="_blank"
                  rel="noreferrer"
                  className="inline-block rounded-lg bg-white px-3 py-2 text-sm text-brand-700 ring-1 ring-stone-300"
                >
                  {t("sendTo", { name: r.name })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ul className="flex flex-col gap-2">
        {rows.map((r) => {
          const s = sent[r.customerId];
          const last = s ? new Date().toISOString() : r.lastRemindedAt;
          return (
            <li
              key={r.customerId}
              data-testid="remind-row"
              data-customer-id={r.customerId}
              data-age={r.ageDays}
              data-due={r.duePaise}
              className="flex flex-wrap items-center justify-between gap-3 rounded-xl bg-white p-4 ring-1 ring-stone-200"
            >
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2 font-medium">
                  {r.name}
                  {r.canPush ? <Badge tone="blue">{t("hasApp")}</Badge> : null}
                  {isOff(r) ? <Badge tone="stone">{t("off")}</Badge> : null}
                </p>
                <p className="text-sm text-stone-600">
                  <span className="font-semibold text-stone-900 tabular-nums">{formatPaise(r.duePaise, locale)}</span>
                  {" · "}
                  {t("age", { days: r.ageDays })}
                  {r.phone ? ` · ${r.phone}` : ""}
                </p>
                <p className="text-xs text-stone-500" data-testid="last-reminded">
                  {last ? t("lastReminded", { when: formatDate(last, locale, timeZone, true) }) : t("neverReminded")}
                </p>
              </div>
              <div className="flex flex-wrap items-center gap-3">
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" checked={isOff(r)} onChange={(e) => toggle(r.customerId, e.target.checked)} />
                  {t("doNotRemind")}
                </label>
                {s ? (
                  <a
                    href={s.whatsappUrl}
                    target="_blank"
                    rel="noreferrer"
                    className="text-sm text-brand-700 underline"
                    data-testid="whatsapp-again"
                  >
                    {t("openAgain")}
                  </a>
                ) : null}
                <Button
                  type="button"
                  size="sm"
                  disabled={pending || isOff(r)}
                  onClick={() => remind(r.customerId)}
                  data-testid="remind"
                >
                  {t("remind")}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
