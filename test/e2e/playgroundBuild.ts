/* The playground, built once per e2e run (Jest globalSetup) into a temporary folder that every e2e
   file serves (a production build with `--env playground`, as `npm run playground` serves it). */
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";

const root = path.join(__dirname, "..", "..");
const VARIABLE = "CRM_PLAYGROUND_BUILD";

export default function buildPlayground(): void {
  const outDir = mkdtempSync(path.join(os.tmpdir(), "crm-playground-"));
  execFileSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js"),
      "--mode",
      "production",
      "--env",
      "playground",
      "--output-path",
      outDir,
    ],
    { cwd: root, stdio: "pipe" }
  );
  // Set before Jest starts its workers, so every e2e file reads it.
  process.env[VARIABLE] = outDir;
}

/** The folder the e2e run's playground was built into. */
export function playgroundFolder(): string {
  const folder = process.env[VARIABLE];
  if (!folder) throw new Error(`${VARIABLE} is not set: the e2e project's globalSetup builds it`);
  return folder;
}

/** globalTeardown: the build goes with the run. */
export function removePlayground(): void {
  const folder = process.env[VARIABLE];
  if (folder) rmSync(folder, { recursive: true, force: true });
}
