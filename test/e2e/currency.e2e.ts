/* Issue 17 in Debian's Chromium: a workbook whose culture is en-GB shows £ in the pane and writes
   "£"#,##0 on the sheets, in English and in Chinese; the language switch keeps the currency; the
   currency control fits a 320 px pane in both languages. */
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

jest.setTimeout(240_000);

beforeAll(async () => {
  ({ server, browser } = await startPlayground());
  page = await openPlayground(browser, server);
  await page.evaluate(() => window.playground!.setCulture("en-GB"));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const snapshot = (): Promise<WorkbookJson> => page.evaluate(() => window.playground!.snapshot());

/** Number formats on the sheets the add-in wrote (all but the sample's Sales sheet). */
async function outputFormats(): Promise<string[]> {
  return (await snapshot()).sheets
    .filter((sheet) => sheet.name !== "Sales")
    .flatMap((sheet) => (sheet.numberFormats ?? []).flat())
    .filter((format): format is string => typeof format === "string");
}

async function chooseLanguage(name: string): Promise<void> {
  await page.getByRole("combobox", { name: /Language|语言/ }).click();
  await page.getByRole("option", { name }).click();
}

/** Horizontal overflow of the pane's scrolling column at `width` px. */
async function overflowAt(width: number): Promise<number> {
  return page.getByRole("combobox", { name: /Currency|货币/ }).evaluate((el, w) => {
    let pane: HTMLElement | null = el as HTMLElement;
    while (pane && getComputedStyle(pane).overflowY !== "auto") pane = pane.parentElement;
    pane!.style.width = `${w}px`;
    return pane!.scrollWidth - pane!.clientWidth;
  }, width);
}

describe("an en-GB workbook in the playground", () => {
  it.each([
    ["en-US", "English", "Currency", "British Pound (£)", "Customers, revenue and profit per tier"],
    ["zh-CN", "中文（简体）", "货币", "英镑（£）", "各层级的客户数、销售额和利润"],
  ])(
    "shows £ in the pane in %s, the currency kept by the switch, and fits 320 px",
    async (locale, languageName, label, currency, caption) => {
      await chooseLanguage(languageName);
      const box = page.getByRole("combobox", { name: label });
      await expect(box.textContent({ timeout: 30_000 })).resolves.toContain(currency);
      const table = page.getByRole("table", { name: caption });
      await table.waitFor({ timeout: 60_000 });
      const text = (await table.textContent()) ?? "";
      expect(text).toMatch(/£/);
      expect(text).not.toMatch(/[$¥]/);
      for (const width of [320, 350]) {
        expect({ width, overflow: await overflowAt(width) }).toEqual({ width, overflow: 0 });
        await page.screenshot({ path: path.join(artifacts, `currency-${locale}-${width}.png`) });
      }
    }
  );

  it.each([
    ["中文（简体）", "写入工作簿", "完成。"],
    ["English", "Apply to workbook", "Done."],
  ])('Apply in %s writes "£"#,##0 on the sheets', async (languageName, apply, done) => {
    await chooseLanguage(languageName);
    await page.getByRole("button", { name: apply }).click();
    const overwrite = page.getByRole("button", { name: /^(Overwrite|覆盖)/ });
    const finished = page.getByText(done, { exact: true });
    await finished.or(overwrite).first().waitFor({ timeout: 60_000 });
    if (await overwrite.isVisible()) await overwrite.click();
    await finished.waitFor({ timeout: 60_000 });
    const formats = await outputFormats();
    expect(formats).toContain('"£"#,##0');
    expect(formats.filter((format) => /[$¥]/.test(format))).toEqual([]);
    // Reopen the pane: the next Apply starts from the set-up just saved, its currency with it.
    await page.evaluate(() => window.playground!.setCulture("en-GB"));
  });
});
