import type { EntryDispute } from "@/lib/queries/customers";
import { formatDate } from "@/lib/i18n/format";
import { Badge } from "@/components/ui/badge";

/** A customer's objection to an entry: a small flag with their note (open ones stand out). */
export function DisputeFlag({
  disputes,
  locale,
  timeZone,
  labels,
}: {
  disputes: EntryDispute[];
  locale: string;
  timeZone: string;
  labels: { flag: string; resolved: string; by: (v: { name: string; date: string; note: string }) => string };
}) {
  if (!disputes.length) return null;
  const open = disputes.some((d) => !d.resolvedAt);
  return (
    <details className="mt-1 text-xs" data-testid="dispute">
      <summary className="cursor-pointer list-none">
        <Badge tone={open ? "red" : "stone"}>⚑ {open ? labels.flag : labels.resolved}</Badge>
      </summary>
      <ul className="mt-1 flex flex-col gap-1 text-stone-700">
        {disputes.map((d) => (
          <li key={d.id}>
            {labels.by({ name: d.byName, date: formatDate(d.createdAt, locale, timeZone), note: d.note })}
          </li>
        ))}
      </ul>
    </details>
  );
}
