// The lines an import left out, as a CSV the shop can fix and import again: the file's own
// header and cells, plus a last "reason" column. Pure (no server or browser APIs), so the
// import page builds it from the text it sent and the preview's verdicts, in the user's language.
import { parseCsv, toCsv } from "@/lib/domain/csv";

export function rejectedRowsCsv(
  text: string,
  rejected: { line: number; reasons: string[] }[],
  reasonHeader = "reason",
): string {
  const records = parseCsv(text).filter((r) => r.cells.some((c) => c.trim() !== ""));
  const header = records.shift();
  if (!header) return toCsv([reasonHeader], []);
  const byLine = new Map(records.map((r) => [r.line, r.cells]));
  const width = header.cells.length;
  const rows = rejected.map(({ line, reasons }) => {
    const cells = (byLine.get(line) ?? []).slice(0, width);
    while (cells.length < width) cells.push("");
    return [...cells, reasons.join("; ")];
  });
  return toCsv([...header.cells, reasonHeader], rows);
}
