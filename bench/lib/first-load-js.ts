// First-load JS per route from a Turbopack build (next 16 prints no size table): the root
// main files of the route's build manifest plus the page's entry chunks (layouts included)
// from its client-reference manifest; sizes on disk and gzipped.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { DIST_DIR, ROOT } from "./stack";

const walk = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]))
    : [];

/** "/merchant/pos" <- "app/merchant/pos", "/login" <- "app/(auth)/login" */
const routeOf = (appDir: string) =>
  `/${appDir
    .replace(/^app\/?/, "")
    .split("/")
    .filter((s) => !/^\(.*\)$/.test(s))
    .join("/")}`;

export function firstLoadJs(routes: readonly string[], dist = path.join(ROOT, DIST_DIR)) {
  const serverApp = path.join(dist, "server/app");
  const manifests = walk(serverApp).filter((f) => f.endsWith("page_client-reference-manifest.js"));
  return routes.map((route) => {
    for (const file of manifests) {
      const text = fs.readFileSync(file, "utf8");
      const m = /"entryJSFiles":(\{.*?\})\s*[,}]/s.exec(text);
      if (!m) continue;
      let entries: Record<string, string[]>;
      try {
        entries = JSON.parse(m[1]!) as Record<string, string[]>;
      } catch {
        continue;
      }
      const key = Object.keys(entries).find(
        (k) => k.endsWith("/page") && routeOf(k.replace("[project]/", "").replace(/\/page$/, "")) === route,
      );
      if (!key) continue;
      const buildManifest = path.join(path.dirname(file), "page/build-manifest.json");
      const root: string[] = fs.existsSync(buildManifest)
        ? ((JSON.parse(fs.readFileSync(buildManifest, "utf8")) as { rootMainFiles?: string[] }).rootMainFiles ?? [])
        : [];
      const files = [...new Set([...root, ...entries[key]!])];
      let raw = 0;
      let gz = 0;
      for (const f of files) {
        const p = path.join(dist, f);
        if (!fs.existsSync(p)) continue;
        const buf = fs.readFileSync(p);
        raw += buf.length;
        gz += zlib.gzipSync(buf).length;
      }
      return { route, chunks: files.length, rawKB: Math.round(raw / 1024), gzipKB: Math.round(gz / 1024) };
    }
    return { route, chunks: 0, rawKB: NaN, gzipKB: NaN };
  });
}
