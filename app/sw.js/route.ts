import fs from "node:fs/promises";
import path from "node:path";

// Serves the service worker built by scripts/build-sw.mjs into this build's own folder
// (<distDir>/sw.js), so parallel builds (NEXT_DIST_DIR) each serve their own precache list
// and nothing generated lands in public/. At the site root its scope is the whole app.
export const dynamic = "force-dynamic";

export async function GET() {
  const file = path.join(/* turbopackIgnore: true */ process.cwd(), process.env.NEXT_DIST_DIR || ".next", "sw.js");
  try {
    const body = await fs.readFile(file);
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": "application/javascript; charset=utf-8",
        // The browser must see a new deployment's worker at once (the update prompt).
        "Cache-Control": "no-cache, no-store, must-revalidate",
        "Service-Worker-Allowed": "/",
      },
    });
  } catch {
    // A build without the service worker step: registration fails quietly, the app works online.
    return new Response("", { status: 404, headers: { "Cache-Control": "no-store" } });
  }
}
