// Builds the service worker after `next build`: node scripts/build-sw.mjs
// Next 16 builds with Turbopack, where @serwist/next's webpack plugin does not run, so the
// worker is bundled here with esbuild from app/sw.ts, with this build's precache list
// injected as self.__SW_MANIFEST, into <distDir>/sw.js (served by app/sw.js/route.ts).
// Honours NEXT_DIST_DIR exactly like next.config.js.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import * as esbuild from "esbuild";

const ROOT = path.resolve(import.meta.dirname, "..");
const DIST = path.join(ROOT, process.env.NEXT_DIST_DIR || ".next");

const buildIdFile = path.join(DIST, "BUILD_ID");
if (!fs.existsSync(buildIdFile)) {
  console.error(`build-sw: no production build in ${path.relative(ROOT, DIST)}/ (run \`next build\` first)`);
  process.exit(1);
}
const buildId = fs.readFileSync(buildIdFile, "utf8").trim();

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(p);
    else yield p;
  }
}

// A content hash as revision: correct even for a file whose name carries no hash.
const revision = (file) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex").slice(0, 16);
const toUrl = (base, dir, file) => base + path.relative(dir, file).split(path.sep).join("/");

const entries = [];
let bytes = 0;
const add = (url, file) => {
  entries.push({ url, revision: revision(file) });
  bytes += fs.statSync(file).size;
};

// Every client chunk, stylesheet, font and build manifest: any screen's code is on the
// device once the worker is installed (the POS opens offline even if it was never opened).
const staticDir = path.join(DIST, "static");
for (const file of walk(staticDir)) {
  if (file.endsWith(".map")) continue;
  add(toUrl("/_next/static/", staticDir, file), file);
}
const iconsDir = path.join(ROOT, "public/icons");
for (const file of walk(iconsDir)) if (file.endsWith(".png")) add(toUrl("/icons/", iconsDir, file), file);
// The offline page is rendered per request (it follows the language), so it is fetched
// when the worker installs; a new build id refreshes it.
entries.push({ url: "/offline", revision: buildId });
entries.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));

const outfile = path.join(DIST, "sw.js");
await esbuild.build({
  entryPoints: [path.join(ROOT, "app/sw.ts")],
  outfile,
  bundle: true,
  format: "iife",
  platform: "browser",
  target: ["chrome100", "firefox100", "safari15"],
  minify: true,
  legalComments: "none",
  logLevel: "warning",
  // NODE_PATH is honoured as in Node, for a serwist installed outside node_modules.
  nodePaths: process.env.NODE_PATH ? process.env.NODE_PATH.split(path.delimiter) : [],
  define: {
    "self.__SW_MANIFEST": JSON.stringify(entries),
    "process.env.NODE_ENV": JSON.stringify("production"),
  },
});

const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
console.log(
  `build-sw: ${path.relative(ROOT, outfile)} (${kb(fs.statSync(outfile).size)}), precaching ${entries.length} files (${kb(bytes)}), build ${buildId}`,
);
