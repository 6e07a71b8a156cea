import Link from "next/link";

/** Previous / next links with "page X of Y"; the caller builds the hrefs so every filter is kept. */
export function Pager({ label, pageOf, previous, next, prevHref, nextHref }: {
  label: string; pageOf: string; previous: string; next: string; prevHref: string | null; nextHref: string | null;
}) {
  if (!prevHref && !nextHref) return null;
  const link = "rounded-lg px-4 py-2 ring-1 ring-stone-300 hover:bg-stone-100";
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-2 text-sm">
      <p className="text-stone-600">{pageOf}</p>
      <div className="flex gap-2">
        {prevHref ? <Link rel="prev" className={link} href={prevHref}>{previous}</Link> : null}
        {nextHref ? <Link rel="next" className={link} href={nextHref}>{next}</Link> : null}
      </div>
    </nav>
  );
}

/** The same list with one thing changed; empty values and page 1 are left out of the URL. */
export function withParams(path: string, params: Record<string, string | number | undefined | null>): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "" && !(k === "page" && Number(v) <= 1)) qs.set(k, String(v));
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}
