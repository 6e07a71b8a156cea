import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { catalogs } from "@/messages";
import { negotiateLocale } from "./config";

type Tree = { [k: string]: string | Tree };
const flatten = (t: Tree, prefix = ""): Record<string, string> =>
  Object.entries(t).reduce<Record<string, string>>((acc, [k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    return typeof v === "string" ? { ...acc, [key]: v } : { ...acc, ...flatten(v, key) };
  }, {});

const en = flatten(catalogs.en as unknown as Tree);
const hi = flatten(catalogs.hi as unknown as Tree);
const ROOT = path.resolve(import.meta.dirname, "../..");

describe("message catalogs", () => {
  it("every key exists in both English and Hindi", () => {
    expect(Object.keys(hi).filter((k) => !(k in en))).toEqual([]);
    expect(Object.keys(en).filter((k) => !(k in hi))).toEqual([]);
  });

  it("every namespace file on disk is loaded (messages/index.ts lists it)", () => {
    for (const locale of ["en", "hi"] as const) {
      const files = fs
        .readdirSync(path.join(ROOT, "messages", locale))
        .filter((f) => f.endsWith(".json"))
        .map((f) => f.replace(/\.json$/, ""));
      expect(files.sort()).toEqual(Object.keys(catalogs[locale]).sort());
    }
  });

  it("uses the same ICU placeholders in both languages", () => {
    const args = (s: string) => [...s.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => m[1]).sort();
    const mismatched = Object.keys(en).filter(
      (k) => k in hi && JSON.stringify(args(en[k]!)) !== JSON.stringify(args(hi[k]!)),
    );
    expect(mismatched).toEqual([]);
  });

  it("Hindi strings are written in Hindi, not left in English", () => {
    // Short technical words (UPI, GST, CSV, names) may stay; whole sentences may not.
    const untranslated = Object.keys(hi).filter(
      (k) => hi[k] === en[k] && /[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}/i.test(en[k]!),
    );
    expect(untranslated).toEqual([]);
  });
});

describe("no hard-coded UI text where a message key exists", () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith(".tsx")) files.push(p);
    }
  };
  walk(path.join(ROOT, "app"));
  walk(path.join(ROOT, "components"));
  const known = new Set(Object.values(en).filter((v) => !v.includes("{") && v.trim().length > 2));

  it("renders no English catalog text straight from a component", () => {
    const offenders: string[] = [];
    for (const file of files) {
      const src = fs.readFileSync(file, "utf8");
      const texts = [
        ...[...src.matchAll(/>\s*([^<>{}\n]+?)\s*</g)].map((m) => m[1]!),
        ...[...src.matchAll(/\b(?:placeholder|aria-label|title|alt)="([^"]+)"/g)].map((m) => m[1]!),
      ];
      for (const t of texts) if (known.has(t.trim())) offenders.push(`${path.relative(ROOT, file)}: "${t.trim()}"`);
    }
    expect(offenders).toEqual([]);
  });

  it("the check itself catches a hard-coded string", () => {
    const sample = `<button>${en["common.signOut"]}</button>`;
    const hits = [...sample.matchAll(/>\s*([^<>{}\n]+?)\s*</g)].map((m) => m[1]!).filter((t) => known.has(t));
    expect(hits).toEqual(["Sign out"]);
  });
});

describe("first visit follows the browser's language", () => {
  it("picks the best supported language from Accept-Language", () => {
    expect(negotiateLocale("hi-IN,hi;q=0.9,en;q=0.8")).toBe("hi");
    expect(negotiateLocale("en-GB,en;q=0.9")).toBe("en");
    expect(negotiateLocale("ta-IN,hi;q=0.7,en;q=0.5")).toBe("hi");
    expect(negotiateLocale("fr-FR")).toBe("en");
    expect(negotiateLocale(undefined)).toBe("en");
  });
});
