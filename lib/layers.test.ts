// Layer direction (ARCHITECTURE.md): lib/ never imports app/ or components/, and
// lib/validation never imports lib/domain. Tests may reach routes to call them.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sources(p);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}
const importsOf = (file: string) =>
  [...fs.readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)].map((m) => m[1]!);

describe("layer direction", () => {
  it("lib/ imports neither app/ nor components/", () => {
    // lib/api/routes.ts is the API's route manifest (every route adds a line there); it moves
    // under app/api/v1 once the parallel branches that add routes are merged.
    const bad = sources(path.join(ROOT, "lib"))
      .filter((f) => !f.endsWith("lib/api/routes.ts"))
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => /^@\/(app|components)\//.test(i))
          .map((i) => `${path.relative(ROOT, f)} -> ${i}`),
      );
    expect(bad).toEqual([]);
  });

  it("lib/validation does not import lib/domain", () => {
    const bad = sources(path.join(ROOT, "lib/validation")).flatMap((f) =>
      importsOf(f)
        .filter((i) => i.startsWith("@/lib/domain"))
        .map((i) => `${path.relative(ROOT, f)} -> ${i}`),
    );
    expect(bad).toEqual([]);
  });

  it("components/ import no types or modules from route folders other than server actions", () => {
    const bad = sources(path.join(ROOT, "components")).flatMap((f) =>
      importsOf(f)
        // Server action modules: actions.ts or a named one (tab-actions, counter-actions, deletion-actions).
        .filter((i) => i.startsWith("@/app/") && !/\/([a-z]+-)?actions(\/[a-z-]+)?$/.test(i))
        .map((i) => `${path.relative(ROOT, f)} -> ${i}`),
    );
    expect(bad).toEqual([]);
  });
});
