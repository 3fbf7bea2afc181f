// The end-to-end tests drive a real Chromium (Debian's package; Playwright's own browser download
// is not possible on machines that reach only package registries). Finds it, or installs it with
// apt-get when running as root on Debian/Ubuntu (with CJK fonts, so the Chinese pane screenshots are
// legible), or explains what to do.
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";

const candidates = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];

export function findChromium() {
  return candidates.find((path) => path && existsSync(path));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let found = findChromium();
  if (
    !found &&
    process.platform === "linux" &&
    process.getuid?.() === 0 &&
    existsSync("/usr/bin/apt-get")
  ) {
    console.log("Installing Debian's chromium for the end-to-end tests (apt-get)...");
    execSync(
      "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium",
      {
        stdio: "inherit",
      }
    );
    found = findChromium();
  }
  if (!found) {
    console.error(
      "The end-to-end tests need Chromium. Install it (Debian/Ubuntu: sudo apt-get install chromium) " +
        "or set CHROMIUM_PATH to a Chromium/Chrome executable, then run npm test again."
    );
    process.exit(1);
  }
  console.log(`Chromium for end-to-end tests: ${found}`);
}
