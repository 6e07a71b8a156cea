// An address on one line from its parts, without saying a part twice: a shop whose street
// line already names its area ("12, Johari Bazaar" in "Johari Bazaar") shows it once.
export function joinAddress(parts: (string | null | undefined)[]): string {
  const out: string[] = [];
  for (const raw of parts) {
    const p = raw?.trim();
    if (!p) continue;
    const lower = p.toLocaleLowerCase("en-IN");
    if (out.some((o) => o.toLocaleLowerCase("en-IN").includes(lower))) continue;
    out.push(p);
  }
  return out.join(", ");
}
