/* The playground, built once per e2e run (Jest globalSetup) into a temporary folder that every e2e
   file serves (a production build with `--env playground`, as `npm run playground` serves it). */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "./browser";
import { serveFolder, type StaticServer } from "./staticServer";

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

/** The run's playground served on localhost, and a browser to open it in (for beforeAll). */
export async function startPlayground(): Promise<{ server: StaticServer; browser: Browser }> {
  mkdirSync(path.join(root, "test-artifacts"), { recursive: true });
  const server = await serveFolder(playgroundFolder());
  return { server, browser: await launchBrowser() };
}

/** A page with the playground loaded and ready; `watch` sees the page before it navigates. */
export async function openPlayground(
  browser: Browser,
  server: StaticServer,
  watch: (page: Page) => void = () => undefined
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  watch(page);
  await page.goto(`${server.url}/playground.html`);
  await page.waitForFunction(() => window.playground?.ready === true, null, { timeout: 60_000 });
  return page;
}
