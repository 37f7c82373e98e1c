/**
 * A saved e-mail (the raw message a mail client saves: "Received:", "From:", "MIME-Version:",
 * "Content-Type: multipart/alternative; boundary=…"), read as the client shows it: who sent it, to
 * whom, when and on what subject, then its plain-text part decoded (quoted-printable, base64, the
 * charset it names), the words of the headers decoded too ("=?UTF-8?Q?Kulturf=C3=B6rvaltningen?=").
 * The HTML part repeats the plain text, and is read only where there is none; an attachment is
 * noted by its name, its encoded bytes are no text. The transport headers (Received, Message-ID,
 * X-…) are the mail system's.
 */
import { letterRegExp } from '../normalize/letters.js';
import { decodeWindows1252 } from './text.js';

/** A saved mail has at least this many of the headers below before its first blank line. */
export const MIN_MAIL_HEADERS = 3;

/** The headers a saved message opens with: enough of them, and the text is a mail. */
const MAIL_HEADERS = new Set(['return-path', 'received', 'from', 'to', 'cc', 'subject', 'date', 'message-id', 'mime-version', 'content-type']);

/**
 * The headers shown, in the order a client shows them, each as it is written for the reader (the
 * mail words of structure.json know them).
 */
const SHOWN = ['From', 'Date', 'To', 'Cc', 'Subject'];

/** A header line ("Name: value"); a line starting with white space continues the one before. */
const HEADER = /^([A-Za-z][A-Za-z0-9-]{0,60}):\s?(.*)$/u;

interface Part {
  headers: Map<string, string>;
  body: string;
}

/** The headers only a raw message has: a mail client's text export ("From:", "Sent:", "To:", "Subject:") has none. */
const RAW_HEADERS = new Set(['received', 'return-path', 'mime-version', 'content-type', 'message-id']);

/**
 * Whether a text is a saved raw message: its first lines, up to a blank one, are mail headers, one
 * of them a raw message's own. A mail printed or saved as text by its client ("From:\t…" /
 * "Sent:\t…") is read as the text it is, every line kept.
 */
export function isSavedMail(text: string): boolean {
  const head = text.slice(0, 20_000).split(/\r?\n/u);
  let known = 0;
  let raw = false;
  for (const l of head) {
    if (l === '') break;
    if (/^[ \t]/u.test(l)) continue;
    const m = HEADER.exec(l);
    if (!m) return false;
    const name = m[1].toLowerCase();
    if (MAIL_HEADERS.has(name)) known++;
    if (RAW_HEADERS.has(name)) raw = true;
  }
  return raw && known >= MIN_MAIL_HEADERS;
}

/** Headers and body of a message or of one of its parts. */
function partOf(text: string): Part {
  const lines = text.split(/\r?\n/u);
  const headers = new Map<string, string>();
  let i = 0;
  let last: string | undefined;
  for (; i < lines.length && lines[i] !== ''; i++) {
    const l = lines[i];
    if (/^[ \t]/u.test(l) && last !== undefined) {
      headers.set(last, `${headers.get(last)} ${l.trim()}`);
      continue;
    }
    const m = HEADER.exec(l);
    if (!m) break;
    last = m[1].toLowerCase();
    // A header given twice (Received): the first is kept; none of those shown repeats.
    if (!headers.has(last)) headers.set(last, m[2].trim());
  }
  return { headers, body: lines.slice(i + 1).join('\n') };
}

const parameterPatterns = new Map<string, RegExp>();
/** A parameter of a header value ('boundary="…"', 'charset=utf-8'). */
function parameter(value: string | undefined, name: 'boundary' | 'charset' | 'filename' | 'name'): string | undefined {
  let re = parameterPatterns.get(name);
  if (!re) parameterPatterns.set(name, (re = letterRegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'iu')));
  const m = re.exec(value ?? '');
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Bytes as text in the charset a part names (UTF-8 unless it names Latin-1 or Windows-1252). */
function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  const c = (charset ?? 'utf-8').toLowerCase();
  if (/^(?:iso-8859-1|latin-?1|windows-1252|cp1252|us-ascii|ascii)$/u.test(c)) return decodeWindows1252(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

const utf8 = new TextEncoder();

/** Quoted-printable to bytes: "=C3=A5" a byte each, "=" at a line's end a soft break. */
function quotedPrintable(text: string): Uint8Array {
  const out: number[] = [];
  const s = text.replace(/=\r?\n/gu, '');
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/u.test(s.slice(i + 1, i + 3))) {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x80) out.push(c);
    else out.push(...utf8.encode(s[i]));
  }
  return Uint8Array.from(out);
}

/** A part's body decoded to text by its transfer encoding and charset. */
function bodyText(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const charset = parameter(part.headers.get('content-type'), 'charset');
  if (encoding === 'quoted-printable') return decodeCharset(quotedPrintable(part.body), charset);
  if (encoding === 'base64') return decodeCharset(Uint8Array.from(Buffer.from(part.body.replace(/\s+/gu, ''), 'base64')), charset);
  return part.body;
}

/** The words of a header decoded ("=?UTF-8?Q?fr=C3=A5n?=", "=?iso-8859-1?B?…?="). */
export function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/gu, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/gu, (_m, charset: string, kind: string, data: string) =>
      kind.toUpperCase() === 'B'
        ? decodeCharset(Uint8Array.from(Buffer.from(data, 'base64')), charset)
        : decodeCharset(quotedPrintable(data.replace(/_/gu, ' ')), charset),
    );
}

/** The leaves of a message: its parts, nested multiparts opened. */
function leaves(part: Part, depth = 0): Part[] {
  const type = part.headers.get('content-type') ?? 'text/plain';
  const boundary = parameter(type, 'boundary');
  if (!/^multipart\//iu.test(type) || !boundary || depth > 8) return [part];
  const out: Part[] = [];
  const chunks = part.body.split(`--${boundary}`);
  // Before the first boundary a preamble, after the closing one ("--boundary--") an epilogue.
  for (const chunk of chunks.slice(1)) {
    if (chunk.startsWith('--')) break;
    out.push(...leaves(partOf(chunk.replace(/^\r?\n/u, '')), depth + 1));
  }
  return out;
}

/** An HTML part as text: its paragraphs and breaks as lines, its tags and entities gone. */
function htmlText(html: string): string {
  return html
    .replace(/<(?:style|script)[\s\S]*?<\/(?:style|script)>/giu, '')
    .replace(/<br\s*\/?>|<\/(?:p|div|li|tr|h\d)>/giu, '\n')
    .replace(/<[^>]+>/gu, '')
    .replace(/&nbsp;/gu, ' ')
    .replace(/&amp;/gu, '&')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#(\d+);/gu, (_m, n: string) => String.fromCodePoint(Number(n)));
}

/** A saved mail as its reader sees it: the shown headers, its text, its attachments by name. */
export function mailText(text: string): string {
  const message = partOf(text);
  const head = SHOWN.flatMap((label) => {
    const value = message.headers.get(label.toLowerCase());
    return value === undefined ? [] : [`${label}: ${decodeHeader(value)}`];
  });
  const parts = leaves(message);
  const attachment = (p: Part): string | undefined => {
    const disposition = p.headers.get('content-disposition') ?? '';
    const name = parameter(disposition, 'filename') ?? parameter(p.headers.get('content-type'), 'name');
    return /^attachment/iu.test(disposition) || (name && !/^text\//iu.test(p.headers.get('content-type') ?? '')) ? decodeHeader(name ?? 'bilaga') : undefined;
  };
  const isType = (p: Part, type: string): boolean => (p.headers.get('content-type') ?? 'text/plain').toLowerCase().startsWith(type);
  const plain = parts.filter((p) => !attachment(p) && isType(p, 'text/plain'));
  const shown = plain.length > 0 ? plain.map(bodyText) : parts.filter((p) => !attachment(p) && isType(p, 'text/html')).map((p) => htmlText(bodyText(p)));
  const attached = parts.flatMap((p) => {
    const name = attachment(p);
    return name ? [`[Bilaga: ${name}]`] : [];
  });
  return [...head, '', ...shown.map((t) => t.replace(/\r\n?/gu, '\n').trimEnd()), ...(attached.length > 0 ? ['', ...attached] : []), ''].join('\n');
}
