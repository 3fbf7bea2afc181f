/* `npm start` on a machine without Excel (this one: Linux) must serve the pages and explain
   itself, not fail with a stack trace. */
import { spawn, ChildProcess } from "child_process";
import path from "path";

const root = path.join(__dirname, "..", "..");
const port = 3000 + 100 + Math.floor(Math.random() * 800);
let child: ChildProcess | undefined;

afterEach(() => {
  child?.kill("SIGTERM");
});

async function waitFor(url: string, deadline: number): Promise<Response> {
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return response;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer in time`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

(process.platform === "linux" ? it : it.skip)(
  "serves the playground and the add-in's pages on localhost and says why it is not sideloading",
  async () => {
    let output = "";
    child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
      cwd: root,
      env: { ...process.env, npm_package_config_dev_server_port: String(port) },
    });
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));

    const help = await waitFor(`http://localhost:${port}/help.html`, Date.now() + 90_000);
    expect(await help.text()).toContain("CRM Pyramid");
    const manifest = await waitFor(`http://localhost:${port}/manifest.xml`, Date.now() + 5_000);
    expect(await manifest.text()).toContain("<OfficeApp");
    const playground = await waitFor(
      `http://localhost:${port}/playground.html`,
      Date.now() + 5_000
    );
    expect(await playground.text()).toContain("playground.js");
    expect(output).toContain(`http://localhost:${port}/playground.html`);
    expect(output).toContain("not sideloading");
    expect(output).toContain(`http://localhost:${port}`);
    expect(output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
  },
  120_000
);
