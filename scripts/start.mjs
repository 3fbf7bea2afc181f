// `npm start`: sideload into Excel desktop where that is possible (Microsoft's
// office-addin-debugging flow); anywhere else, serve the add-in's pages over plain HTTP and say
// plainly what the user can do. Never ends in a stack trace for a missing Excel.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const require = createRequire(import.meta.url);
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);

function sideloadBlocker() {
  if (process.platform !== "win32" && process.platform !== "darwin") {
    return `Excel desktop runs on Windows and macOS only; this machine is ${process.platform}.`;
  }
  try {
    require.resolve("office-addin-debugging/package.json");
  } catch {
    return "office-addin-debugging is not installed (it is optional; see README, 'Why office-addin-debugging is an optional dependency').";
  }
  return null;
}

function run(command, args, env = {}) {
  const child = spawn(command, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  const stop = () => child.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => process.exit(code ?? 0));
}

const playgroundAsked = process.argv.includes("--playground");
const blocker = playgroundAsked
  ? "The playground was asked for (npm run playground)."
  : sideloadBlocker();
if (!blocker) {
  const cli = path.join(
    path.dirname(require.resolve("office-addin-debugging/package.json")),
    "lib",
    "cli.js"
  );
  console.log("Sideloading CRM Pyramid into Excel desktop (office-addin-debugging)...");
  run(process.execPath, [cli, "start", "manifest.xml", "desktop"]);
} else {
  const address = `http://localhost:${port}`;
  console.log(
    [
      "",
      `CRM Pyramid: not sideloading. ${blocker}`,
      "",
      `Open the playground:  ${address}/playground.html`,
      "  the real task pane and the Refresh tiers button, running against a workbook simulated in",
      "  the page, preloaded with sample sales (2,126 customers). Nothing leaves the page.",
      "",
      `Also served (plain HTTP, this machine only):`,
      `  ${address}/help.html      the user guide and the =CRM.* function reference`,
      `  ${address}/taskpane.html  the task pane page (it needs Office: open it inside Excel)`,
      "",
      "To use the add-in in Excel on the web, see README 'Sideloading'. Press Ctrl+C to stop.",
      "",
    ].join("\n")
  );
  const webpackCli = require.resolve("webpack-cli/bin/cli.js");
  run(process.execPath, [webpackCli, "serve", "--mode", "development"], { CRM_DEV_HTTP: "1" });
}
