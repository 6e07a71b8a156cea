// Lists keep their whole state (filter, sort, page) in the URL: shareable, and the back
// button works. One way to build such a URL for every list in the app.

/** The same list with one thing changed; empty values and page 1 are left out of the URL. */
export function withParams(path: string, params: Record<string, string | number | undefined | null>): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== "" && !(k === "page" && Number(v) <= 1)) qs.set(k, String(v));
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}
