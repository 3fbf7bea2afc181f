// `npm stop`: ends office-addin-debugging's sideloading session where there is one.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
try {
  const cli = path.join(
    path.dirname(require.resolve("office-addin-debugging/package.json")),
    "lib",
    "cli.js"
  );
  process.exit(
    spawnSync(process.execPath, [cli, "stop", "manifest.xml"], { stdio: "inherit" }).status ?? 0
  );
} catch {
  console.log(
    "Nothing to stop: the add-in was not sideloaded on this machine (stop the server with Ctrl+C)."
  );
}
