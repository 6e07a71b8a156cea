// Telling people apart in a list: two customers named "Harish Menon" get the last digits
// of their phone after the name; a unique name is shown as it is. Pure, shared by every list.

const key = (name: string) => name.trim().replace(/\s+/g, " ").toLocaleLowerCase("en-IN");

/** Display names for rows in one list, in the same order: a phone suffix only where names collide. */
export function distinctNames(rows: readonly { name: string; phone: string | null }[]): string[] {
  const seen = new Map<string, number>();
  for (const r of rows) seen.set(key(r.name), (seen.get(key(r.name)) ?? 0) + 1);
  return rows.map((r) => {
    if ((seen.get(key(r.name)) ?? 0) < 2) return r.name;
    const digits = (r.phone ?? "").replace(/\D/g, "");
    return digits.length >= 4 ? `${r.name} (…${digits.slice(-4)})` : r.name;
  });
}
