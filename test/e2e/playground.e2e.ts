/* The one-click flow, as a person does it, in Debian's Chromium: the playground page runs the
   real task pane and the real Refresh tiers command against the strict Excel double. */
import path from "path";
import type { Browser, Page } from "playwright-core";
import type { WorkbookJson } from "../../src/double";
import { openPlayground, startPlayground } from "./playgroundBuild";
import type { StaticServer } from "./staticServer";

const root = path.join(__dirname, "..", "..");
const artifacts = path.join(root, "test-artifacts");
let server: StaticServer;
let browser: Browser;
let page: Page;
/** Every URL the page asked for: the playground must need nothing beyond its own folder. */
const requested: string[] = [];

jest.setTimeout(240_000);

beforeAll(async () => {
  ({ server, browser } = await startPlayground());
  const pageErrors: string[] = [];
  page = await openPlayground(browser, server, (opening) => {
    opening.on("pageerror", (error) => pageErrors.push(error.message));
    opening.on("request", (request) => requested.push(request.url()));
  });
  expect(pageErrors).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const snapshot = (): Promise<WorkbookJson> => page.evaluate(() => window.playground!.snapshot());

/** Tier per customer id, read back from the tier column the add-in wrote beside the data. */
function tiersByCustomer(workbook: WorkbookJson): Map<string, string> {
  const sales = workbook.sheets.find((sheet) => sheet.name === "Sales")!;
  const [header, ...rows] = sales.values!;
  const idColumn = header.indexOf("Customer ID");
  const tierColumn = header.indexOf("Tier");
  expect(tierColumn).toBeGreaterThan(idColumn);
  const tiers = new Map<string, string>();
  for (const row of rows) tiers.set(String(row[idColumn]), String(row[tierColumn]));
  return tiers;
}

function countBy(values: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

describe("playground: the one-click flow", () => {
  it("runs the pane on Microsoft's Excel client, served with the page, not from the network", async () => {
    const client = await page.evaluate(() => {
      const scope = window as unknown as Record<string, any>;
      return {
        runBatch: typeof scope.OfficeExtension?.ClientRequestContext?._runBatch,
        requestContext: typeof scope.Excel?.RequestContext,
        range: typeof scope.Excel?.Range,
      };
    });
    expect(client).toEqual({
      runBatch: "function",
      requestContext: "function",
      range: "function",
    });
    expect(requested.filter((url) => !url.startsWith(server.url))).toEqual([]);
    expect(requested).toContain(`${server.url}/office-js/excel-web-16.00.js`);
  });

  it("reads the selected sample, previews the pyramid and applies it to the workbook", async () => {
    await page.evaluate(() => window.playground!.select("Sales!B5"));
    await page.getByRole("button", { name: "Use selection" }).click();
    await page.getByText("Sales!A1:G7142").first().waitFor();
    const apply = page.getByRole("button", { name: "Apply to workbook" });
    await expect(apply.isEnabled()).resolves.toBe(true);
    await page.screenshot({ path: path.join(artifacts, "playground-en-US-preview.png") });
    await apply.click();
    await page.waitForFunction(
      () => window.playground!.snapshot().sheets.some((sheet) => sheet.name === "CRM Summary"),
      null,
      { timeout: 60_000 }
    );

    const workbook = await snapshot();
    const counts = countBy(tiersByCustomer(workbook).values());
    expect(counts).toMatchObject({ VIP: 21, Large: 85, Medium: 319, Small: 1701 });

    const charts = (workbook.charts ?? []).filter((chart) => chart.sheet === "CRM Summary");
    expect(charts).toHaveLength(3);
    for (const chart of charts) {
      expect(chart.title?.length).toBeGreaterThan(3);
      expect(chart.series.length).toBeGreaterThan(0);
    }
    const types = charts.map((chart) => chart.chartType).join(" ");
    expect(types).toMatch(/Bar/);
    expect(types).toMatch(/Column|Line/);
    expect(types).toMatch(/XYScatter/);
    expect(workbook.settings && Object.keys(workbook.settings).length).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(artifacts, "playground-en-US-applied.png") });
  });

  it("re-tiers changed data with the ribbon's Refresh tiers button", async () => {
    const before = await snapshot();
    const tiers = tiersByCustomer(before);
    const smallCustomer = [...tiers].find(([, tier]) => tier === "Small")![0];
    const sales = before.sheets.find((sheet) => sheet.name === "Sales")!;
    const header = sales.values![0];
    const row = sales.values!.findIndex(
      (r) => String(r[header.indexOf("Customer ID")]) === smallCustomer
    );
    sales.values![row][header.indexOf("Revenue")] = 5_000_000;
    await page.evaluate((json) => window.playground!.loadWorkbook(json), before);

    await page.getByRole("button", { name: "Refresh tiers" }).click();
    await page.waitForFunction(
      (id) => {
        const sheet = window.playground!.snapshot().sheets.find((s) => s.name === "Sales")!;
        const [head, ...rows] = sheet.values!;
        const hit = rows.find((r) => String(r[head.indexOf("Customer ID")]) === id);
        return hit?.[head.indexOf("Tier")] === "VIP";
      },
      smallCustomer,
      { timeout: 60_000 }
    );
    const counts = countBy(tiersByCustomer(await snapshot()).values());
    expect(counts.VIP).toBe(21); // still 1% of 2,126: one former VIP made room
  });

  it("switches the pane to Chinese", async () => {
    await page.getByRole("combobox", { name: "Language" }).click();
    await page.getByRole("option", { name: "中文（简体）" }).click();
    await page.getByText("CRM 客户金字塔").first().waitFor();
    await expect(page.getByRole("button", { name: "使用所选区域" }).count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(artifacts, "playground-zh-CN.png") });
  });

  it.each([
    ["zh-CN", "数据仓库 SQL", "复制为 SQL", "中文（简体）"],
    ["en-US", "SQL for the warehouse", "Copy as SQL", "English"],
  ])(
    "the warehouse SQL section fits a 320 and a 350 px pane (%s)",
    async (locale, heading, button, languageName) => {
      await page.getByRole("combobox", { name: /Language|语言/ }).click();
      await page.getByRole("option", { name: languageName }).click();
      await page
        .getByRole("button", { name: button })
        .or(page.getByRole("button", { name: heading }))
        .first()
        .waitFor();
      if ((await page.getByRole("button", { name: button }).count()) === 0)
        await page.getByRole("button", { name: heading }).click();
      await page.getByRole("button", { name: button }).click();
      await page.locator("textarea").first().waitFor();
      for (const width of [320, 350]) {
        // The playground's pane column is 360 px; narrow it to what Excel gives a task pane.
        const overflow = await page.getByRole("button", { name: button }).evaluate((el, w) => {
          let pane: HTMLElement | null = el as HTMLElement;
          while (pane && getComputedStyle(pane).overflowY !== "auto") pane = pane.parentElement;
          pane!.style.width = `${w}px`;
          return pane!.scrollWidth - pane!.clientWidth;
        }, width);
        expect({ width, overflow }).toEqual({ width, overflow: 0 });
        await page.screenshot({
          path: path.join(artifacts, `playground-${locale}-sql-${width}.png`),
        });
      }
    }
  );

  it("has no accessibility violations that axe can find", async () => {
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
        }
      ).axe;
      const result = await axe.run();
      return result.violations.map((v) => ({
        id: v.id,
        targets: v.nodes.slice(0, 3).map((n) => n.target),
      }));
    });
    expect(violations).toEqual([]);
  });
});
