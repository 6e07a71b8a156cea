"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState, useTransition } from "react";
import type { ImportResponse } from "@/lib/form-results";
import { Button } from "@/components/ui/button";
import type { ImportPreview as Preview, ImportResult } from "@/lib/domain/product-import";
import { rejectedRowsCsv } from "@/lib/import-rejects";
import { ImportPreview } from "./import-preview";
import { rowProblemText } from "./import-error-text";

const MAX_FILE_BYTES = 8 * 1024 * 1024;

async function send(mode: "preview" | "apply", text: string, validOnly = false): Promise<ImportResponse> {
  const res = await fetch("/merchant/inventory/import/run", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ mode, text, validOnly }),
  });
  return (await res.json()) as ImportResponse;
}

/**
 * Paste or upload -> preview (nothing written) -> import. "Import" is offered only for the
 * exact text that previewed clean; the server checks every line again and writes all or nothing.
 * A file with some bad lines can import its valid lines only, and the bad ones download as a
 * CSV with the reason on each line, to fix and import again.
 */
export function ImportForm() {
  const t = useTranslations("inventory.import");
  const tp = useTranslations("inventory.import.problems");
  const [text, setText] = useState("");
  const [preview, setPreview] = useState<{ text: string; data: Preview } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<{ text: string; lines?: string[] } | null>(null);
  const [pending, start] = useTransition();

  const clean =
    preview &&
    preview.text === text &&
    !preview.data.fileErrors.length &&
    preview.data.counts.error === 0 &&
    preview.data.counts.total > 0;
  const partly =
    preview &&
    preview.text === text &&
    !preview.data.fileErrors.length &&
    preview.data.counts.error > 0 &&
    preview.data.counts.error < preview.data.counts.total;

  const downloadRejected = () => {
    if (!preview) return;
    const rejected = preview.data.rows
      .filter((r) => r.action === "error")
      .map((r) => ({ line: r.line, reasons: r.errors.map((e) => rowProblemText(tp, e)) }));
    const blob = new Blob([rejectedRowsCsv(preview.text, rejected, t("reasonColumn"))], { type: "text/csv" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "rejected-lines.csv";
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  const onFile = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setError(null);
    if (file.size > MAX_FILE_BYTES) return setError({ text: t("fileTooLarge") });
    setText(await file.text());
    setPreview(null);
    setResult(null);
  };

  const run = (mode: "preview" | "apply", validOnly = false) => {
    setError(null);
    setResult(null);
    const sent = text;
    start(async () => {
      try {
        const res = await send(mode, sent, validOnly);
        if (res.ok && res.mode === "preview") return setPreview({ text: sent, data: res.preview });
        if (res.ok && res.mode === "apply") {
          setResult(res.result);
          setPreview(null);
          setText("");
          return;
        }
        if (!res.ok) {
          // The file changed meaning since the preview (someone took a SKU): show the lines again.
          const rows = (res.details?.rows ?? []) as { line: number; errors: string[] }[];
          const lines = rows.flatMap((r) =>
            r.errors.map((e) => t("lineProblem", { line: r.line, problem: rowProblemText(tp, e) })),
          );
          const key =
            res.code === "duplicate"
              ? "raced"
              : res.code === "too_large"
                ? "fileTooLarge"
                : res.code === "invalid_input"
                  ? lines.length
                    ? "hasErrors"
                    : "noProducts"
                  : res.code === "unauthorized"
                    ? "signedOut"
                    : "generic";
          setError({ text: t(key), lines });
          setPreview(null);
        }
      } catch {
        setError({ text: t("generic") });
      }
    });
  };

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-2 rounded-xl bg-white p-4 ring-1 ring-stone-200">
        <label htmlFor="csv-text" className="font-medium">
          {t("pasteLabel")}
        </label>
        <p className="text-sm text-stone-600">{t("columnsHelp")}</p>
        <textarea
          id="csv-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={10}
          spellCheck={false}
          placeholder={t("placeholder")}
          className="rounded-lg border border-stone-300 p-3 font-mono text-sm"
        />
        <div className="flex flex-wrap items-center gap-3">
          <label className="text-sm">
            <span className="mr-2 font-medium">{t("uploadLabel")}</span>
            <input type="file" accept=".csv,text/csv,text/plain" onChange={onFile} className="text-sm" />
          </label>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="secondary" disabled={pending || !text.trim()} onClick={() => run("preview")}>
            {pending ? t("working") : t("preview")}
          </Button>
          <Button type="button" disabled={pending || !clean} onClick={() => run("apply")}>
            {t("import")}
          </Button>
          {partly ? (
            <>
              <Button type="button" disabled={pending} onClick={() => run("apply", true)}>
                {t("importValid", { count: preview.data.counts.total - preview.data.counts.error })}
              </Button>
              <Button type="button" variant="secondary" onClick={downloadRejected}>
                {t("downloadRejected", { count: preview.data.counts.error })}
              </Button>
            </>
          ) : null}
        </div>
        {preview && !clean && preview.text === text ? (
          <p role="status" className="text-sm text-amber-800">
            {t("fixFirst")}
          </p>
        ) : null}
        {preview && preview.text !== text ? (
          <p role="status" className="text-sm text-stone-600">
            {t("changedSincePreview")}
          </p>
        ) : null}
      </div>
      {error ? (
        <div role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          <p>{error.text}</p>
          {error.lines?.length ? (
            <ul className="mt-1 list-disc pl-5">
              {error.lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {result ? (
        <div role="status" className="rounded-lg bg-green-50 px-3 py-2 text-green-900" data-testid="import-result">
          <p className="font-medium">
            {t("done", { created: result.created, updated: result.updated, unchanged: result.unchanged })}
          </p>
          {result.rejected ? <p>{t("doneRejected", { count: result.rejected })}</p> : null}
          <Link href="/merchant/inventory" className="text-sm underline">
            {t("backToList")}
          </Link>
        </div>
      ) : null}
      {preview ? <ImportPreview preview={preview.data} /> : null}
    </div>
  );
}
