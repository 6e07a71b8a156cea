import fs from "node:fs";
import createNextIntlPlugin from "next-intl/plugin";

// Messages are compiled at build time (ICU -> icu-minify's compact form): the browser gets no
// ICU parser and parses no message while the page starts (bench/README §13).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: ["en", "hi"], precompile: true } },
});

const distDir = process.env.NEXT_DIST_DIR || ".next";

// `next build` adds `<distDir>/types/**/*.ts` to the tsconfig it checks. A build into another
// folder (the bench's, a parallel e2e run's) gets a gitignored tsconfig of its own, so the
// committed tsconfig.json is never rewritten.
function tsconfigFor(dir) {
  if (dir === ".next") return "tsconfig.json";
  const file = `tsconfig.${dir.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+/, "")}.json`;
  if (!fs.existsSync(file)) {
    const base = JSON.parse(fs.readFileSync("tsconfig.json", "utf8"));
    fs.writeFileSync(file, JSON.stringify({ extends: "./tsconfig.json", include: base.include }, null, 2) + "\n");
  }
  return file;
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets several builds (e.g. parallel e2e runs) coexist.
  distDir,
  typescript: { tsconfigPath: tsconfigFor(distDir) },
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // Explicit (Next's default is 1 MB): the largest action is a 200-line sale. Bigger uploads
    // (CSV import, QR photo) go through route handlers that cap their own bodies while streaming.
    serverActions: { bodySizeLimit: "256kb" },
    // The app's one Tailwind stylesheet (45 KB, 10 KB gzip) goes inside the HTML instead of a
    // render-blocking <link>: a phone paints the first screen without waiting for a second
    // request, before the scripts start (bench/README §13). Client-side navigations carry none.
    inlineCss: true,
  },
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcryptjs", "@node-rs/argon2"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
