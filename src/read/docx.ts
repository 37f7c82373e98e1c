/**
 * Word documents (.docx): answers often arrive so. mammoth turns the document into HTML that keeps
 * the structure the author gave it — heading styles as h1–h6, paragraphs, numbered and bulleted
 * lists, tables — and this module lays that out as the text the rest of the pipeline reads: a
 * heading is a paragraph of its own (blank lines around it, as the heading detector expects), a
 * paragraph one line, a list item one line with its mark ("1.", "•") so that a question list in a
 * preamble reads as one, a table cell one line. mammoth is loaded only when a .docx is read.
 */
import { InputError } from '../errors.js';
import { loadPackage } from '../load-package.js';
import { orderedNumbers } from './docx-numbering.js';

/** The text of a .docx, one paragraph per line, blank lines between blocks. */
export async function readDocxText(bytes: Uint8Array, path: string): Promise<string> {
  if (bytes.length === 0) throw new InputError(path, 'tom fil');
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    // An old binary Word file (.doc) starts with the OLE signature D0 CF 11 E0.
    if (bytes[0] === 0xd0 && bytes[1] === 0xcf) throw new InputError(path, 'ett Word 97–2003-dokument (.doc) kan inte läsas; spara det som .docx i Word och försök igen');
    throw new InputError(path, 'inte ett Word-dokument (.docx är en zip-fil)');
  }
  const mammoth = (await loadPackage('mammoth')).default;
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (e) {
    throw new InputError(path, `Word-dokumentet kan inte läsas (${String((e as Error)?.message ?? e).split('\n')[0]})`);
  }
  return htmlToLines(html, await listNumbers(bytes)).join('\n');
}

/**
 * The numbers Word shows on the document's numbered paragraphs (src/read/docx-numbering.ts), or
 * undefined when the document has no numbering to read.
 */
async function listNumbers(bytes: Uint8Array): Promise<number[] | undefined> {
  try {
    const JSZip = (await loadPackage('jszip')).default;
    const zip = await JSZip.loadAsync(bytes);
    const [documentXml, numberingXml] = await Promise.all([zip.file('word/document.xml')?.async('string'), zip.file('word/numbering.xml')?.async('string')]);
    return documentXml && numberingXml ? orderedNumbers(documentXml, numberingXml) : undefined;
  } catch {
    return undefined; // mammoth read the file; its own list runs stand
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Tags that end a line of their own. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th']);

/**
 * mammoth's HTML (flat, well-formed, no attributes that matter) as lines. Block structure only:
 * inline markup (strong, em, a, sup) is dropped, its text kept.
 */
export function htmlToLines(html: string, numbers?: number[]): string[] {
  // Word's own numbers for the ordered items, when there is one for each (else each run counts from 1).
  const ordered = [...html.matchAll(/<(\/?)(ol|ul|li)\b[^>]*>/gi)].reduce(
    (acc, m) => {
      const tag = m[2].toLowerCase();
      if (m[1] === '/') {
        if (tag !== 'li') acc.stack.pop();
      } else if (tag !== 'li') acc.stack.push(tag);
      else if (acc.stack[acc.stack.length - 1] === 'ol') acc.count++;
      return acc;
    },
    { stack: [] as string[], count: 0 },
  );
  const own = numbers !== undefined && numbers.length === ordered.count && ordered.count > 0 ? numbers : undefined;
  let item = 0;
  const out: string[] = [];
  const lists: Array<{ ordered: boolean; n: number }> = [];
  let text = '';
  let prefix = '';
  let inItem = 0;
  let cell = 0;
  const blank = (): void => {
    if (out.length > 0 && out[out.length - 1] !== '') out.push('');
  };
  const flush = (): void => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t) out.push(prefix + t);
    text = '';
    prefix = '';
  };
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/gi)) {
    if (m[3] !== undefined) {
      text += decodeEntities(m[3]);
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2].toLowerCase();
    if (tag === 'br') {
      flush();
      continue;
    }
    if (tag === 'ol' || tag === 'ul') {
      if (!closing) {
        // A list nested in an item ends the item's own text first.
        if (inItem > 0) flush();
        else blank();
        lists.push({ ordered: tag === 'ol', n: 0 });
      } else {
        lists.pop();
        if (lists.length === 0) blank();
      }
      continue;
    }
    if (tag === 'table' || tag === 'tr') {
      if (closing || tag === 'table') blank();
      continue;
    }
    if (!BLOCKS.has(tag)) continue;
    if (tag === 'li') {
      if (!closing) {
        flush();
        inItem++;
        const list = lists[lists.length - 1];
        if (list) prefix = `${'  '.repeat(lists.length - 1)}${list.ordered ? `${own ? own[item++] : ++list.n}.` : '•'} `;
      } else {
        flush();
        inItem--;
      }
      continue;
    }
    if (tag === 'td' || tag === 'th') {
      flush();
      cell += closing ? -1 : 1;
      continue;
    }
    // A paragraph inside a list item or a table cell continues it; elsewhere it is a block.
    if (inItem > 0 || (cell > 0 && tag === 'p')) {
      if (closing) text += ' ';
      continue;
    }
    if (!closing) {
      flush();
      if (/^h[1-6]$/.test(tag)) blank();
    } else {
      flush();
      blank();
    }
  }
  flush();
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}
