/* Issue 17's "Done when": with the pane in Chinese, the whole flow on the playground (Apply with bad
   cells and an occupied target, so the overwrite dialog; Insights; Refresh tiers failing, then
   succeeding) shows no English word on any surface — pane, dialog, ribbon notice, the sheets the
   add-in wrote, chart and axis titles — apart from what the user typed and the kept acronyms
   (textAudit.ts); the same walk in English shows no CJK. A workbook whose culture is en-GB shows £
   in the pane and on the sheets, in both languages. */
import path from "path";
import type { Browser, Page } from "playwright-core";
import type { WorkbookJson } from "../../src/double";
import { startPlayground } from "./playgroundBuild";
import type { StaticServer } from "./staticServer";
import {
  cjkText,
  englishWords,
  type Finding,
  summarise,
  userText,
  type UserText,
} from "./textAudit";

const root = path.join(__dirname, "..", "..");
const artifacts = path.join(root, "test-artifacts");
let server: StaticServer;
let browser: Browser;

jest.setTimeout(420_000);

beforeAll(async () => {
  ({ server, browser } = await startPlayground());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Locale = "zh-CN" | "en-US";

/** What the user typed in two Revenue cells and a date cell. */
const BAD_CELLS = ["n/a", "-", "someday"];

/** What the user renames their Revenue header to, so that Refresh tiers fails. */
const RENAMED_HEADER = "Net revenue";

/** The pane's words for the controls the walk presses (messages.*.ts). */
const WORDS = {
  "zh-CN": {
    title: "CRM 客户金字塔",
    useSelection: "使用所选区域",
    apply: "写入工作簿",
    overwrite: "覆盖",
    done: "完成。",
    help: "帮助",
    helpPage: "help-zh-CN.html",
    summary: "CRM 汇总",
  },
  "en-US": {
    title: "CRM Pyramid",
    useSelection: "Use selection",
    apply: "Apply to workbook",
    overwrite: "Overwrite",
    done: "Done.",
    help: "Help",
    helpPage: "help.html",
    summary: "CRM Summary",
  },
} as const;

/** Everything a user of the walk sees, by surface. */
interface Surfaces {
  texts: { surface: string; text: string }[];
  user: UserText;
  /** Number formats of the add-in's sheets (money: the currency). */
  formats: string[];
  paneMoney: string;
  cultureSet: boolean;
}

const snapshot = (page: Page): Promise<WorkbookJson> =>
  page.evaluate(() => window.playground!.snapshot());

/** The pane's visible text and the texts it gives to assistive tools and tooltips. */
async function paneText(page: Page): Promise<string> {
  return page.locator("main").evaluate((main) => {
    // Only what can be seen or heard: Fluent keeps hidden parts (a Dropdown's clear button,
    // display: none, labelled "Clear selection") that no one meets.
    const shown = [...main.querySelectorAll("[aria-label], [title], [placeholder]")].filter((el) =>
      el.checkVisibility()
    );
    const attributes = shown.map((el) =>
      ["aria-label", "title", "placeholder"].map((a) => el.getAttribute(a) ?? "").join("\n")
    );
    return [(main as HTMLElement).innerText, ...attributes].join("\n");
  });
}

/** Opens every collapsed section of the pane (sections can hold more sections). */
async function openAllSections(page: Page): Promise<void> {
  for (let round = 0; round < 6; round++) {
    const closed = page.locator('main .fui-AccordionHeader__button[aria-expanded="false"]');
    const count = await closed.count();
    if (count === 0) return;
    for (let i = count - 1; i >= 0; i--) await closed.nth(i).click();
    await page.waitForTimeout(300);
  }
}

/** The ribbon notice the playground shows after a ribbon command. */
async function noticeText(page: Page): Promise<string> {
  return page.locator("header").first().locator('[role="status"]').innerText();
}

/** Texts of what the add-in wrote: its sheets (names and strings), its tier column header, charts. */
function writtenTexts(book: WorkbookJson, originalHeader: unknown[], label: string) {
  const texts: { surface: string; text: string }[] = [];
  const formats: string[] = [];
  for (const sheet of book.sheets) {
    if (sheet.name === "Sales") {
      const added = sheet.values?.[0]?.[originalHeader.length];
      expect(typeof added).toBe("string");
      texts.push({ surface: `${label}: tier column header`, text: String(added) });
      continue;
    }
    texts.push({ surface: `${label}: sheet name`, text: sheet.name });
    const strings = (sheet.values ?? []).flat().filter((v): v is string => typeof v === "string");
    texts.push({ surface: `${label}: sheet "${sheet.name}"`, text: strings.join("\n") });
    for (const f of (sheet.numberFormats ?? []).flat()) if (typeof f === "string") formats.push(f);
  }
  for (const chart of book.charts ?? []) {
    const axes = Object.values(chart.axes ?? {}).map((a) => a?.title ?? "");
    const series = chart.series.map((s) => s.name);
    texts.push({
      surface: `${label}: chart ${chart.name}`,
      text: [chart.title ?? "", ...axes, ...series].join("\n"),
    });
  }
  return { texts, formats };
}

/** The sample with bad cells (text in Revenue, a bad date) and a number of the user's in H3, where the tier column goes. */
function withBadCellsAndOccupiedTarget(book: WorkbookJson): WorkbookJson {
  const sales = book.sheets.find((s) => s.name === "Sales")!;
  const header = sales.values![0];
  const revenue = header.indexOf("Revenue");
  const date = header.indexOf("Order Date");
  [sales.values![5][revenue], sales.values![6][revenue], sales.values![7][date]] = BAD_CELLS;
  const width = header.length;
  for (const row of sales.values!) while (row.length < width + 1) row.push("");
  sales.values![2][width] = 42;
  return book;
}

/** The pane in `locale`: as Office's display language started it, else switched in the pane. */
async function switchLanguage(page: Page, locale: Locale): Promise<void> {
  const title = await page.locator("main h1").first().innerText();
  if (locale === "en-US" || title === WORDS[locale].title) return;
  await page.getByRole("combobox", { name: /Language|语言/ }).click();
  await page.getByRole("option", { name: "中文（简体）" }).click();
  await page.getByText(WORDS[locale].title).first().waitFor();
}

/** The pane column narrowed to `width`: how far its content overflows (0 when it fits). */
async function overflowAt(page: Page, width: number): Promise<number> {
  return page.locator("main").evaluate((el, w) => {
    let pane: HTMLElement | null = el as HTMLElement;
    while (pane && getComputedStyle(pane).overflowY !== "auto") pane = pane.parentElement;
    pane!.style.width = `${w}px`;
    return pane!.scrollWidth - pane!.clientWidth;
  }, width);
}

/** The playground's API with helper K's setCulture, where the build has it (in the page). */
type WithCulture = { setCulture?: (name: string) => void };

async function refresh(page: Page): Promise<unknown> {
  return page.evaluate(() => window.playground!.runRibbon("refreshTiers"));
}

/** The whole flow, collecting every surface's text. */
async function walk(page: Page, locale: Locale): Promise<Surfaces> {
  const w = WORDS[locale];
  const texts: { surface: string; text: string }[] = [];
  // setCulture is helper K's (Application.cultureInfo in the double): used once it is there.
  const cultureSet = await page.evaluate(
    () => typeof (window.playground as unknown as WithCulture).setCulture === "function"
  );
  if (cultureSet) {
    await page.evaluate(() => (window.playground as unknown as WithCulture).setCulture!("en-GB"));
    // The pane opens afresh, in Office's display language.
    await page.getByRole("button", { name: /^(Use selection|使用所选区域)$/ }).waitFor();
  }
  await switchLanguage(page, locale);
  const book = withBadCellsAndOccupiedTarget(await snapshot(page));
  // The header the user types later in the walk is theirs too.
  const user = userText(book.sheets, [...BAD_CELLS, RENAMED_HEADER]);
  // The user's header (the row is padded for H3): the tier column comes right after it.
  const originalHeader = book.sheets[0].values![0].filter((h) => h !== "");
  await page.evaluate((json) => window.playground!.loadWorkbook(json), book);
  // The user selects their data: H3, right of it, holds their number, so Apply asks first.
  await page.evaluate(() => window.playground!.select("Sales!A1:G7142"));
  await page.getByRole("button", { name: w.useSelection }).click();
  await page.getByText("Sales!A1:G7142").first().waitFor();
  const apply = page.getByRole("button", { name: w.apply });
  await page.waitForFunction(
    (name) =>
      [...document.querySelectorAll("main button")].some(
        (b) => b.textContent === name && !(b as HTMLButtonElement).disabled
      ),
    w.apply,
    { timeout: 60_000 }
  );
  await openAllSections(page);
  texts.push({ surface: "pane, preview and insights", text: await paneText(page) });
  const paneMoney = texts[0].text;
  await page.screenshot({ path: path.join(artifacts, `languages-${locale}-pane.png`) });

  await apply.click();
  const dialog = page.getByRole("alertdialog").or(page.getByRole("dialog")).first();
  await dialog.waitFor();
  texts.push({ surface: "overwrite dialog", text: await dialog.innerText() });
  await page.screenshot({ path: path.join(artifacts, `languages-${locale}-dialog.png`) });
  await dialog.getByRole("button", { name: w.overwrite }).click();
  await page.getByText(w.done).first().waitFor({ timeout: 60_000 });
  await openAllSections(page);
  texts.push({ surface: "pane after Apply", text: await paneText(page) });
  const applied = writtenTexts(await snapshot(page), originalHeader, "Apply");
  texts.push(...applied.texts);

  // Refresh tiers fails: the user renamed a header, so the saved set-up no longer fits.
  const before = await snapshot(page);
  const sales = before.sheets.find((s) => s.name === "Sales")!;
  const revenue = originalHeader.indexOf("Revenue");
  sales.values![0][revenue] = RENAMED_HEADER;
  await page.evaluate((json) => window.playground!.loadWorkbook(json), before);
  const failed = (await refresh(page)) as { status?: string };
  expect(failed.status).toBe("failed");
  texts.push({ surface: "ribbon notice (refresh failed)", text: await noticeText(page) });
  texts.push({ surface: "pane after the failed refresh", text: await paneText(page) });

  // The cell put back: Refresh tiers succeeds.
  sales.values![0][revenue] = "Revenue";
  await page.evaluate((json) => window.playground!.loadWorkbook(json), before);
  expect(await refresh(page)).toMatchObject({ status: "done" });
  texts.push({ surface: "ribbon notice (refreshed)", text: await noticeText(page) });
  const refreshed = writtenTexts(await snapshot(page), originalHeader, "Refresh");
  texts.push(...refreshed.texts);
  await page.screenshot({ path: path.join(artifacts, `languages-${locale}-refreshed.png`) });
  return {
    texts,
    user,
    formats: [...applied.formats, ...refreshed.formats],
    paneMoney,
    cultureSet,
  };
}

describe.each(["zh-CN", "en-US"] as const)("every surface in %s", (locale) => {
  let page: Page;
  let seen: Surfaces;

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    // Office's display language: the ribbon notice speaks it, as commands.ts does in Excel.
    await page.goto(`${server.url}/playground.html?displayLanguage=${locale}`);
    await page.waitForFunction(() => window.playground?.ready === true, null, { timeout: 60_000 });
  });

  afterAll(() => page?.close());

  it("the header with its Help link fits a 320 px pane, and the link opens the help in the pane's language", async () => {
    await switchLanguage(page, locale);
    for (const width of [320, 350])
      expect({ width, o: await overflowAt(page, width) }).toEqual({ width, o: 0 });
    const href = await page.getByRole("link", { name: WORDS[locale].help }).getAttribute("href");
    expect(href).toMatch(new RegExp(`/${WORDS[locale].helpPage.replace(".", "\\.")}$`));
    const help = await page.request.get(href!);
    expect(help.status()).toBe(200);
    expect(await help.text()).toMatch(new RegExp(`<html lang="?${locale}`));
    // The walk starts from a fresh page in its language.
    await page.reload();
    await page.waitForFunction(() => window.playground?.ready === true, null, { timeout: 60_000 });
  });

  it("walks Apply (bad cells, occupied target), Insights and Refresh tiers (failed, then done)", async () => {
    seen = await walk(page, locale);
    expect(seen.texts.length).toBeGreaterThan(8);
    const summary = seen.texts.find(
      (t) => t.surface === "Apply: sheet name" && t.text === WORDS[locale].summary
    );
    expect(summary).toBeDefined();
    const header = seen.texts.find((t) => t.surface === "Refresh: tier column header");
    expect(header?.text).toBe(locale === "zh-CN" ? "客户层级" : "Tier");
  });

  it(locale === "zh-CN" ? "finds no English word" : "finds no CJK", () => {
    const audit = locale === "zh-CN" ? englishWords : cjkText;
    const findings: Finding[] = seen.texts.flatMap((t) => audit(t.surface, t.text, seen.user));
    expect(summarise(findings)).toEqual({});
  });

  it("a workbook set to GBP shows £ in the pane and on the sheets", () => {
    if (!seen.cultureSet) throw new Error("the playground has no setCulture yet (helper K)");
    expect(seen.paneMoney).toMatch(/£/);
    expect(seen.paneMoney).not.toMatch(/[$¥]/);
    const money = seen.formats.filter((f) => /[£$¥]/.test(f));
    expect(money.length).toBeGreaterThan(0);
    expect(money.filter((f) => !f.includes("£"))).toEqual([]);
  });
});
