// Runs `prisma generate` without downloading anything: generate never executes the schema
// engine, but the CLI insists the variable names an existing file (see ARCHITECTURE.md).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { fileURLToPath } from "node:url";

const cli = "node_modules/prisma/build/index.js";
if (!fs.existsSync(cli)) {
  // e.g. `npm install --package-lock-only`: nothing is installed, nothing to generate.
  console.log("prisma is not installed yet: skipping prisma generate");
  process.exit(0);
}
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
execFileSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
