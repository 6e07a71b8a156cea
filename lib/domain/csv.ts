// Minimal RFC 4180 CSV: quoted fields, "" escapes, CRLF or LF, a leading BOM. Cells that a
// spreadsheet would run as a formula are prefixed with ' on export and unprefixed on import.

export type CsvRecord = {
  /** 1-based line where the record starts (header = line 1). */ line: number;
  cells: string[];
};

const FORMULA_START = /^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/;

function cell(v: string | number | null | undefined): string {
  let s = v === null || v === undefined ? "" : String(v);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** Undo the export's formula guard: "'=x" -> "=x". */
export function unguardCell(s: string): string {
  return s.length > 1 && s[0] === "'" && FORMULA_START.test(s.slice(1)) ? s.slice(1) : s;
}

export function parseCsv(text: string): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const out: CsvRecord[] = [];
  let cells: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let startLine = 1;
  let fieldStarted = false;
  const endRecord = () => {
    cells.push(field);
    // A blank line is no record.
    if (!(cells.length === 1 && cells[0] === "" && !fieldStarted)) out.push({ line: startLine, cells });
    cells = [];
    field = "";
    fieldStarted = false;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === "") {
      quoted = true;
      fieldStarted = true;
      continue;
    }
    if (ch === ",") {
      cells.push(field);
      field = "";
      fieldStarted = true;
      continue;
    }
    if (ch === "\r" && src[i + 1] === "\n") continue;
    if (ch === "\n" || ch === "\r") {
      endRecord();
      line++;
      startLine = line;
      continue;
    }
    field += ch;
  }
  if (field !== "" || cells.length || fieldStarted) endRecord();
  return out;
}
