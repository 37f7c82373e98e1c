/**
 * Building HTML safely: `html` is a tagged template whose interpolations are escaped unless they
 * are Html already, so text from the documents (a respondent named "<script>…", a quote with
 * "&" or quotes in it) can only ever be text. The report is one self-contained file: no URL is
 * written, and its Content-Security-Policy lets the page load nothing at all.
 */
import { createHash } from 'node:crypto';
import { SCRIPT, STYLE } from './style.js';

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

type Part = Html | string | number | null | undefined | false | Part[];

function render(v: Part): string {
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  if (v === null || v === undefined || v === false) return '';
  return esc(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0];
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1];
  });
  return new Html(out);
}

/**
 * Nothing may be fetched: no fonts, no images from anywhere; only the inline style and the one
 * inline script, allowed by its hash (a script injected by a document could never match it).
 */
const CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${createHash('sha256').update(SCRIPT).digest('base64')}'; img-src data:; base-uri 'none'; form-action 'none'`;

/** The whole document. */
export function page(lang: string, title: string, body: Html): string {
  return (
    '<!DOCTYPE html>\n' +
    html`<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
${body}
<script>${new Html(SCRIPT)}</script>
</body>
</html>
`.value
  );
}
