/** The pane's Help link: the help page in the pane's language, through Office's way when one is injected. */
import { fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { OpenPageContext } from "../../src/taskpane/controls/HelpLink";
import { runEngineInline } from "../../src/taskpane/engine/runEngine";
import { FakeWorkbook } from "./fakeGateway";
import { chooseOption, renderPane } from "./renderPane";
import { rankedCustomers } from "./sampleRows";

describe("the Help link", () => {
  it("points at help.html in English and help-zh-CN.html in Chinese", async () => {
    renderPane(rankedCustomers(5));
    const link = screen.getByRole("link", { name: "Help" });
    expect(link.getAttribute("href")).toMatch(/\/help\.html$/);
    expect(link.getAttribute("target")).toBe("_blank");
    chooseOption("Language", "中文（简体）");
    expect((await screen.findByRole("link", { name: "帮助" })).getAttribute("href")).toMatch(
      /\/help-zh-CN\.html$/
    );
  });

  it("opens the page through the injected opener, not by navigating", () => {
    const opened: string[] = [];
    render(
      <OpenPageContext.Provider value={(url) => void opened.push(url)}>
        <App
          gateway={new FakeWorkbook(rankedCustomers(5))}
          runEngine={runEngineInline}
          initialLocale="zh-CN"
        />
      </OpenPageContext.Provider>
    );
    const click = fireEvent.click(screen.getByRole("link", { name: "帮助" }));
    expect(click).toBe(false); // default prevented
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatch(/^http.*\/help-zh-CN\.html$/);
  });
});

describe("the last tier's share in Chinese", () => {
  it("uses full-width brackets", async () => {
    renderPane(rankedCustomers(5), { initialLocale: "zh-CN" });
    chooseOption("分层方案", /自定义/);
    expect(await screen.findByText(/：其余客户（[\d.]+%）$/)).toBeTruthy();
    expect(screen.queryByText(/其余.*\(/)).toBeNull();
  });
});
