/**
 * Document text on its way into the analyst's tools. A remissvar is text from outside: it may
 * carry terminal escape sequences (clearing the screen, OSC 8 links, OSC 52 clipboard writes),
 * cells that a spreadsheet runs as formulas ("=HYPERLINK(…)"), or raw HTML and table pipes that
 * Markdown renders. Here: control characters other than tab and newline are shown as visible
 * pictures (␛, ␇, …), formula-like cells of Excel CSV are neutralised with a leading apostrophe,
 * and Markdown gets its markup escaped and its cells kept on one line.
 */

// C0 except tab (09) and newline (0a), DEL, C1.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

function picture(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␀ … ␟
  if (code === 0x7f) return '\u2421'; // ␡
  return '\ufffd'; // C1 controls have no pictures
}

/** Control characters other than tab and newline made visible. */
export function visible(s: string): string {
  return s.replace(CONTROL, picture);
}

/**
 * A whole product on its way out (terminal or file): C0 control characters and DEL made visible,
 * except tab, newline, CRLF line ends (Excel CSV) and the colour sequences remiss itself adds
 * (SGR, "ESC [ … m"). C1 characters are left to the cell-level functions, so that JSON keeps the
 * text exactly (it escapes C0 itself).
 */
export function outputSafe(s: string): string {
  return s.replace(/\u001b\[[0-9;]*m|\r\n|[\u0000-\u0008\u000b-\u001f\u007f]/g, (m) => (m.length > 1 ? m : picture(m)));
}

/** What Excel takes for the start of a formula (the contract's CSV section). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: control characters visible; for Excel, a formula-like cell starts with an apostrophe. */
export function csvCell(s: string, excel: boolean): string {
  const formula = excel && FORMULA_START.test(s);
  const v = visible(s);
  return formula ? `'${v}` : v;
}

/**
 * Text for Markdown, in running text or a table cell: control characters visible, markup and
 * HTML escaped (a backslash before each), "|" escaped, all whitespace (newlines too) one space.
 */
export function mdText(s: string): string {
  return visible(s)
    .replace(/[\\`*_[\]<>|#&!~]/g, '\\$&')
    .replace(/\s+/g, ' ')
    .trim();
}
