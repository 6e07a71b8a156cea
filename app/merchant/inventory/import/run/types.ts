import type { ImportPreview, ImportResult } from "@/lib/domain/product-import";

/** What the import endpoint answers; `code` picks the translated message on the page. */
export type ImportResponse =
  | { ok: true; mode: "preview"; preview: ImportPreview }
  | { ok: true; mode: "apply"; result: ImportResult }
  | { ok: false; code: string; details?: Record<string, unknown> };
