/**
 * The user help page (src/help/help.<locale>.md, built into help.html and help-zh-CN.html beside the
 * pane) and how it is opened from the pane's Help link and the ribbon's Help button.
 * Office.context.ui.openBrowserWindow opens the user's browser, where the help is read beside Excel;
 * it needs OpenBrowserWindowApi 1.1, which Office on the web does not support
 * (https://learn.microsoft.com/javascript/api/requirement-sets/common/open-browser-window-api-requirement-sets,
 * https://learn.microsoft.com/javascript/api/office/office.ui),
 * so every caller passes a fallback (the pane: a new browser tab; the ribbon: an Office dialog).
 */
import type { Locale } from "../i18n/locale";

const HELP_PAGES: Record<Locale, string> = { "en-US": "help.html", "zh-CN": "help-zh-CN.html" };

/** The help page in `locale`, as an absolute URL beside the page at `baseHref`. */
export function helpPageUrl(locale: Locale, baseHref: string): string {
  return new URL(HELP_PAGES[locale], baseHref).href;
}

/** What opening the help needs from Office (tests pass a fake). */
export interface HelpHost {
  isSetSupported(name: string, minVersion: string): boolean;
  openBrowserWindow(url: string): void;
  /** Where Office cannot open a browser: a dialog (ribbon) or a new tab (pane). */
  fallback(url: string): void;
}

/** Opens `url` in the user's browser where Office can, else through the host's fallback. */
export function openHelpPage(host: HelpHost, url: string): "browser" | "fallback" {
  if (host.isSetSupported("OpenBrowserWindowApi", "1.1")) {
    try {
      host.openBrowserWindow(url);
      return "browser";
    } catch {
      // Some builds list the set and still refuse (e.g. a policy): the fallback still opens it.
    }
  }
  host.fallback(url);
  return "fallback";
}
