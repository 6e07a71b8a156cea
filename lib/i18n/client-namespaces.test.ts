// Derives, from the code, which message namespaces the client components of each route section
// use, and checks that section's <ClientMessages> provider sends exactly those. A missing one
// would show raw keys instead of text in the browser; an unused one costs every visit bytes.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { catalogs } from "@/messages";
import { CLIENT_NAMESPACES, pickMessages } from "./client-namespaces";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ROUTE_FILES = /^(page|layout|loading|error|not-found|template|default|global-error)\.tsx$/;
const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join("/");

const sources = new Map<string, string>();
const read = (f: string) => {
  if (!sources.has(f)) sources.set(f, fs.readFileSync(f, "utf8"));
  return sources.get(f)!;
};

/** A module specifier as a file of this repo, or null (a package). */
function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(ROOT, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const c of [base, `${base}.tsx`, `${base}.ts`, path.join(base, "index.tsx"), path.join(base, "index.ts")])
    if (/\.tsx?$/.test(c) && fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  return null;
}

/** Runtime imports: static, re-exports, side effects and import() (lazy parts count too). */
function importsOf(file: string): string[] {
  const src = read(file);
  const specs = [
    ...[...src.matchAll(/^\s*(?:import|export)(?!\s+type\s)[^;]*?\bfrom\s*["']([^"']+)["']/gm)].map((m) => m[1]!),
    ...[...src.matchAll(/^\s*import\s*["']([^"']+)["']/gm)].map((m) => m[1]!),
    ...[...src.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!),
  ];
  return specs.map((s) => resolve(file, s)).filter((f): f is string => !!f);
}

const isClient = (file: string) => /^(?:\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*\s*["']use client["']/.test(read(file));

/** Namespaces a client file translates with: useTranslations("ns.sub") and <X namespace="ns">. */
function namespacesIn(src: string): { found: string[]; dynamic: boolean } {
  const found = [
    ...[...src.matchAll(/useTranslations\(\s*["'`](\w+)/g)].map((m) => m[1]!),
    ...[...src.matchAll(/\bnamespace="(\w+)"/g)].map((m) => m[1]!),
  ];
  // useTranslations(someVariable) or useTranslations(): only allowed where the namespace
  // arrives as a literal prop (RouteError's `namespace`), which the line above picks up.
  const dynamic = /useTranslations\(\s*(?!["'`])[^)]*\)/.test(src) && !/\bnamespace\b/.test(src);
  return { found, dynamic };
}

/** The client files reachable from a route file (a server file's imports are followed too). */
function clientFilesFrom(entry: string): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>();
  const walk = (file: string, client: boolean) => {
    const key = `${client}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    const c = client || isClient(file);
    if (c) out.add(file);
    for (const dep of importsOf(file)) walk(dep, c);
  };
  walk(entry, false);
  return out;
}

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? routeFiles(p) : ROUTE_FILES.test(e.name) ? [p] : [];
  });
}

const APP = path.join(ROOT, "app");
const scopes = Object.keys(CLIENT_NAMESPACES);
/** The section whose provider a route file renders inside: the nearest scope directory. */
const scopeOf = (file: string) => {
  for (let dir = rel(path.dirname(file)); ; dir = path.posix.dirname(dir)) {
    if (scopes.includes(dir)) return dir;
    if (dir === "." || dir === "/") throw new Error(`${rel(file)} is under no provider`);
  }
};

function required() {
  const need: Record<string, Set<string>> = Object.fromEntries(scopes.map((s) => [s, new Set<string>()]));
  const unanalysable: string[] = [];
  for (const file of routeFiles(APP)) {
    // A section's own layout renders its provider: the layout's client parts sit inside it.
    const scope = scopeOf(file);
    for (const client of clientFilesFrom(file)) {
      const { found, dynamic } = namespacesIn(read(client));
      if (dynamic) unanalysable.push(rel(client));
      for (const ns of found) need[scope]!.add(ns);
    }
  }
  return { need, unanalysable };
}

describe("messages sent to the browser per route section", () => {
  const { need, unanalysable } = required();

  it("every provider sends exactly the namespaces its section's client components use", () => {
    const declared = Object.fromEntries(
      Object.entries(CLIENT_NAMESPACES).map(([k, v]) => [k, [...(v as readonly string[])].sort()]),
    );
    const derived = Object.fromEntries(Object.entries(need).map(([k, v]) => [k, [...v].sort()]));
    expect(declared).toEqual(derived);
  });

  it("every client component names its namespace so it can be derived", () => {
    expect(unanalysable).toEqual([]);
  });

  it("every scope is a layout (or a page printing a bill in its own language) that renders <ClientMessages> with its own directory", () => {
    for (const scope of scopes) {
      const file = ["layout.tsx", "page.tsx"].map((f) => path.join(ROOT, scope, f)).find((f) => fs.existsSync(f));
      expect(file, `${scope}/layout.tsx`).toBeDefined();
      expect(read(file!)).toContain(`<ClientMessages scope="${scope}"`);
    }
    const providers = routeFiles(APP).filter((f) => /<ClientMessages\b|<NextIntlClientProvider\b/.test(read(f)));
    expect(providers.map((f) => rel(path.dirname(f))).sort()).toEqual([...scopes].sort());
  });

  it("every declared namespace exists in the catalogue", () => {
    const all = Object.keys(catalogs.en);
    for (const list of Object.values(CLIENT_NAMESPACES)) for (const ns of list) expect(all).toContain(ns);
  });

  it("the scan sees literal, nested, template and prop namespaces and flags a variable one", () => {
    expect(namespacesIn(`const t = useTranslations("pos.keypad"); useTranslations('cart')`).found).toEqual([
      "pos",
      "cart",
    ]);
    expect(namespacesIn("useTranslations(`receipt`)").found).toEqual(["receipt"]);
    expect(namespacesIn(`<RouteError {...props} namespace="orders" />`).found).toEqual(["orders"]);
    expect(namespacesIn(`const t = useTranslations(ns);`).dynamic).toBe(true);
  });

  it("the scan follows a server page into its client components and their lazy imports", () => {
    const pos = [...clientFilesFrom(path.join(APP, "merchant/pos/page.tsx"))].map(rel);
    expect(pos).toContain("components/pos/pos-screen.tsx");
    expect(pos.some((f) => f.startsWith("components/receipt/"))).toBe(true);
  });

  it("pickMessages keeps only the named namespaces", () => {
    expect(Object.keys(pickMessages(catalogs.en, ["pos", "common", "nope"])).sort()).toEqual(["common", "pos"]);
  });
});
