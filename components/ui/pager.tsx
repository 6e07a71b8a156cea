import Link from "next/link";

export type PagerLabels = { label: string; pageOf: string; previous: string; next: string };

/** Previous / next links with "page X of Y"; the caller builds the hrefs so every filter is kept. */
export function Pager({
  label,
  pageOf,
  previous,
  next,
  prevHref,
  nextHref,
}: PagerLabels & { prevHref: string | null; nextHref: string | null }) {
  if (!prevHref && !nextHref) return null;
  const link =
    "inline-flex min-h-11 min-w-11 items-center rounded-lg px-4 py-2 ring-1 ring-stone-300 hover:bg-stone-100";
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-2 text-sm">
      <p className="text-stone-600">{pageOf}</p>
      <div className="flex gap-2">
        {prevHref ? (
          <Link rel="prev" className={link} href={prevHref}>
            {previous}
          </Link>
        ) : null}
        {nextHref ? (
          <Link rel="next" className={link} href={nextHref}>
            {next}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}

/**
 * The pager's links for page `page` of `pages`: none before the first or past the last; from a
 * page past the end (a stale link), "previous" leads to the last page.
 */
export function pageLinks(
  page: number,
  pages: number,
  href: (page: number) => string,
): { prevHref: string | null; nextHref: string | null } {
  return {
    prevHref: page > 1 ? href(Math.min(page - 1, pages)) : null,
    nextHref: page < pages ? href(page + 1) : null,
  };
}
