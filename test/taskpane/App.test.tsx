import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";

describe("task pane", () => {
  it("renders inside a FluentProvider", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App />
      </FluentProvider>
    );
    expect(screen.getByRole("heading", { name: "CRM Pyramid" })).toBeTruthy();
    expect(screen.getByRole("main", { name: "CRM Pyramid" })).toBeTruthy();
  });
});
