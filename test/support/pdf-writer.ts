/**
 * A minimal PDF writer for tests: pages of text in a standard font, pages that are only an image
 * (what a scanner makes), and the standard security handler (RC4, 40 bit) for a password-protected
 * file. Enough to make the inputs the robustness tests need without any tool on the machine.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

export interface TextPage {
  /** Lines of text, top to bottom; WinAnsiEncoding: Latin-1 (å, ä, ö) and dashes, quotes, bullets. */
  lines: string[];
  /**
   * Spaces that set the text after them apart as a column of its own, placed where its characters
   * stand (default 6); a table's page sets every cell apart so, at 3 or more.
   */
  columnGap?: number;
  /** Font size in points (default 12). */
  size?: number;
}

export interface ImagePage {
  /** 8-bit greyscale pixels, row by row. */
  gray: Uint8Array;
  width: number;
  height: number;
  /** Resolution the pixels were made at, for the page size (default 200). */
  dpi?: number;
}

export type Page = TextPage | ImagePage;

export interface WriteOptions {
  /** Encrypt with these passwords (standard security handler, revision 2). */
  encrypt?: { user: string; owner: string };
}

const A4 = { width: 595, height: 842 };

function escapeString(s: string): string {
  return s.replace(/[\\()]/g, '\\$&');
}

function textContent(page: TextPage): Buffer {
  const size = page.size ?? 12;
  const leading = Math.round(size * 1.4);
  const ops: string[] = [];
  let y = A4.height - 72;
  for (const line of page.lines) {
    // Columns set far apart on one line ("Fritidsnämnden        Sammanträdesdatum …") are placed
    // where their characters stand, as a word processor places them: separate runs of text.
    let col = 0;
    const gap = page.columnGap ?? 6;
    for (const part of line.split(new RegExp(`( {${gap},})`))) {
      if (part.length >= gap && part.trim() === '') {
        col += part.length;
        continue;
      }
      // Each run in a text object of its own, as a word processor writes a tabbed column.
      if (part !== '') ops.push('BT', `/F1 ${size} Tf`, `1 0 0 1 ${(56 + col * size * 0.5).toFixed(1)} ${y} Tm (${escapeString(part)}) Tj`, 'ET');
      col += part.length;
    }
    y -= leading;
  }
  return winAnsi(ops.join('\n'));
}

/** Windows-1252 bytes for the characters WinAnsiEncoding has beyond Latin-1 (dashes, quotes, bullet). */
const CP1252: Record<string, number> = {
  '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  'Š': 0x8a, 'š': 0x9a, 'Ž': 0x8e, 'ž': 0x9e, 'Œ': 0x8c, 'œ': 0x9c, 'Ÿ': 0x9f,
};

function winAnsi(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 256) bytes.push(code);
    else if (CP1252[ch] !== undefined) bytes.push(CP1252[ch]);
    // Anything else loses its accent ("ć" → "c"), or becomes "?".
    else bytes.push(ch.normalize('NFD').codePointAt(0)! < 128 ? ch.normalize('NFD').codePointAt(0)! : 0x3f);
  }
  return Buffer.from(bytes);
}

/** RC4, the stream cipher of the PDF standard security handler (revision 2). */
function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const md5 = (...parts: Buffer[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (password: string): Buffer => Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);

interface Security {
  dict: string;
  id: Buffer;
  encryptObject(num: number, data: Buffer): Buffer;
}

/** PDF 1.7 §7.6.3, algorithms 2, 3 and 4 (revision 2, 40-bit key). */
function security(user: string, owner: string): Security {
  const id = createHash('md5').update(`${user}/${owner}`).digest();
  const permissions = -44; // print and copy allowed; what matters here is the user password
  const o = rc4(md5(padded(owner)).subarray(0, 5), padded(user));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(padded(user), o, p, id).subarray(0, 5);
  const u = rc4(key, PAD);
  return {
    dict: `<< /Filter /Standard /V 1 /R 2 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P ${permissions} >>`,
    id,
    encryptObject(num, data) {
      const objectKey = md5(key, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0])).subarray(0, 10);
      return rc4(objectKey, data);
    },
  };
}

/** The bytes of a PDF with these pages. */
export function writePdf(pages: Page[], options: WriteOptions = {}): Buffer {
  const sec = options.encrypt ? security(options.encrypt.user, options.encrypt.owner) : undefined;
  const objects: Buffer[] = [];
  const add = (make: (num: number) => Buffer): number => {
    objects.push(Buffer.alloc(0));
    const num = objects.length;
    objects[num - 1] = make(num);
    return num;
  };
  const stream = (num: number, dict: string, data: Buffer): Buffer => {
    const body = sec ? sec.encryptObject(num, data) : data;
    return Buffer.concat([Buffer.from(`<< ${dict} /Length ${body.length} >>\nstream\n`, 'latin1'), body, Buffer.from('\nendstream', 'latin1')]);
  };

  const catalog = add(() => Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'));
  const pagesNum = add(() => Buffer.alloc(0)); // filled in once the kids are known
  const font = add(() => Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'));
  const kids: number[] = [];
  for (const page of pages) {
    if ('gray' in page) {
      const dpi = page.dpi ?? 200;
      const w = (page.width * 72) / dpi;
      const h = (page.height * 72) / dpi;
      const image = add((n) =>
        stream(n, `/Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`, deflateSync(page.gray)),
      );
      const content = add((n) => stream(n, '', Buffer.from(`q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im1 Do Q`, 'latin1')));
      kids.push(add(() => Buffer.from(`<< /Type /Page /Parent ${pagesNum} 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Im1 ${image} 0 R >> >> /Contents ${content} 0 R >>`)));
    } else {
      const content = add((n) => stream(n, '', textContent(page)));
      kids.push(add(() => Buffer.from(`<< /Type /Page /Parent ${pagesNum} 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`)));
    }
  }
  objects[pagesNum - 1] = Buffer.from(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  const encrypt = sec ? add(() => Buffer.from(sec.dict)) : undefined;

  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(obj);
    offset += obj.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  const id = sec ? ` /ID [<${sec.id.toString('hex')}> <${sec.id.toString('hex')}>]` : '';
  const enc = encrypt ? ` /Encrypt ${encrypt} 0 R` : '';
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${enc}${id} >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** A binary PGM (P5) as pdftoppm -gray writes it. */
export function parsePgm(bytes: Uint8Array): ImagePage {
  const buf = Buffer.from(bytes);
  // Header: magic, width, height, maxval, separated by whitespace, then one whitespace byte.
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[i]))) i++;
    if (buf[i] === 0x23) {
      while (buf[i] !== 0x0a) i++;
      continue;
    }
    let f = '';
    while (!/\s/.test(String.fromCharCode(buf[i]))) f += String.fromCharCode(buf[i++]);
    fields.push(f);
  }
  i++;
  const [magic, width, height, max] = fields;
  if (magic !== 'P5' || max !== '255') throw new Error(`not an 8-bit binary PGM (${magic}, ${max})`);
  const w = Number(width);
  const h = Number(height);
  return { gray: new Uint8Array(buf.subarray(i, i + w * h)), width: w, height: h };
}
