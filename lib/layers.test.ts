// Layer direction (ARCHITECTURE.md): lib/ never imports app/ or components/, and
// lib/validation never imports lib/domain. Tests may reach routes to call them. And app/ is
// routes only: no page, action or route handler revalidates, publishes or touches Prisma by
// itself; every server action goes through defineAction (lib/usecases/action).
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

/** What only a use case (or the query/domain layers under it) may do. Types from Prisma's enums are fine. */
const SIDE_DOORS: [RegExp, string][] = [
  [/\brevalidate(Path|Tag)\s*\(/, "revalidates (name the screens in the use case's refresh)"],
  [/\bpublishEvent\b/, "publishes (announce from the use case)"],
  [
    /^import\s+(?!type\b)[^;]*from\s+"@\/lib\/(db|generated\/prisma[^"]*|realtime\/publish)"/m,
    "imports Prisma or the publisher",
  ],
  [/\bdb\.\$?[a-zA-Z]+\s*[.(]/, "queries Prisma"],
];

function sideDoorsIn(text: string): string[] {
  return SIDE_DOORS.filter(([re]) => re.test(text)).map(([, why]) => why);
}

describe("app/ is routes only", () => {
  it("no file under app/ revalidates, publishes or touches Prisma by itself", () => {
    const bad = sources(path.join(ROOT, "app")).flatMap((f) =>
      sideDoorsIn(fs.readFileSync(f, "utf8")).map((why) => `${path.relative(ROOT, f)} ${why}`),
    );
    expect(bad).toEqual([]);
  });

  it("the check catches each side door", () => {
    expect(sideDoorsIn('import { revalidatePath } from "next/cache";\nrevalidatePath("/merchant");')).toHaveLength(1);
    expect(sideDoorsIn('await publishEvent({ type: "order.created" });')).toHaveLength(1);
    expect(sideDoorsIn('import { db } from "@/lib/db";\nawait db.user.findMany();')).toHaveLength(2);
    expect(sideDoorsIn('import { Prisma } from "@/lib/generated/prisma/client";')).toHaveLength(1);
    expect(sideDoorsIn('import type { OrderStatus } from "@/lib/generated/prisma/client";')).toEqual([]);
  });

  it("every server action module is a thin adapter over defineAction", () => {
    // Not one: the language switch (a cookie for anyone, signed in or not; no input to parse
    // beyond the locale, no use case, nothing to refresh).
    const notYet = ["app/actions/locale.ts"];
    const bad = sources(path.join(ROOT, "app"))
      .filter((f) => /^\s*"use server"/.test(fs.readFileSync(f, "utf8")))
      .filter((f) => !fs.readFileSync(f, "utf8").includes("defineAction("))
      .map((f) => path.relative(ROOT, f));
    expect(bad.filter((f) => !notYet.includes(f))).toEqual([]);
  });
});
