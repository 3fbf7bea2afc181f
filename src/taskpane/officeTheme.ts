import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export type PaneTheme = "light" | "dark";

/** Relative luminance of a "#rrggbb" colour (WCAG), or null when it is not one. */
function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Office's theme → the pane's: a dark body background means dark. Unknown → light. */
export function paneThemeFromOffice(
  officeTheme: { bodyBackgroundColor?: string } | undefined | null
): PaneTheme {
  const l = officeTheme?.bodyBackgroundColor ? luminance(officeTheme.bodyBackgroundColor) : null;
  return l !== null && l < 0.2 ? "dark" : "light";
}

export function fluentTheme(theme: PaneTheme): Theme {
  return theme === "dark" ? webDarkTheme : webLightTheme;
}
