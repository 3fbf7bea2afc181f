/* Launches Debian's Chromium through playwright-core (Playwright's own browser download is not
   possible on machines that reach only package registries). */
import { chromium, type Browser } from "playwright-core";
import { existsSync } from "fs";

const candidates = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];

export function chromiumPath(): string {
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found)
    throw new Error(
      "No Chromium found: run `node scripts/ensure-chromium.mjs` or set CHROMIUM_PATH."
    );
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
