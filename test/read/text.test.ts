/** Decoding text input: UTF-8 with or without BOM, Windows-1252, CRLF; bad bytes are errors. */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeText, decodeWindows1252 } from '../../src/read/text.js';
import { buildRound } from '../../src/round.js';

const cp1252 = (s: string): Uint8Array => {
  const map: Record<string, number> = { 'å': 0xe5, 'ä': 0xe4, 'ö': 0xf6, 'Å': 0xc5, 'Ä': 0xc4, 'Ö': 0xd6, '”': 0x94, '–': 0x96, '•': 0x95 };
  return Uint8Array.from([...s].map((c) => map[c] ?? c.charCodeAt(0)));
};

describe('decodeText', () => {
  it('reads UTF-8, with and without BOM', () => {
    expect(decodeText(Buffer.from('Förskolenämnden'), 'a.txt')).toEqual({ text: 'Förskolenämnden', encoding: 'utf-8' });
    expect(decodeText(Buffer.from('\uFEFFFörskolenämnden'), 'a.txt').text).toBe('Förskolenämnden');
  });
  it('falls back to Windows-1252', () => {
    expect(decodeText(cp1252('Förskolenämnden – ”Örat”'), 'a.txt')).toEqual({ text: 'Förskolenämnden – ”Örat”', encoding: 'windows-1252' });
  });
  it('decodes every defined Windows-1252 byte as iconv-lite does (the WHATWG table)', () => {
    const defined = Array.from({ length: 256 }, (_, b) => b).filter((b) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b));
    const bytes = Uint8Array.from(defined);
    expect(decodeWindows1252(bytes)).toBe(iconv.decode(Buffer.from(bytes), 'windows-1252'));
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x84, 0x85, 0x93, 0x94, 0x96, 0x97, 0x99]))).toBe('€„…“”–—™');
  });
  it('refuses empty files, binary data and undecodable bytes with the file name', () => {
    expect(() => decodeText(new Uint8Array(), 'tom.txt')).toThrow(/^tom\.txt: tom fil$/);
    expect(() => decodeText(Buffer.from(' \n \n'), 'blank.txt')).toThrow(/^blank\.txt: tom fil \(bara blanktecken\)$/);
    expect(() => decodeText(Uint8Array.from([0x41, 0, 0x42]), 'bin.txt')).toThrow(/^bin\.txt: binär data, inte text \(NUL-byte\)$/);
    expect(() => decodeText(Uint8Array.from([0x41, 0x81, 0x8d, 0x42, 0xff]), 'x.txt')).toThrow(/^x\.txt: okänd teckenkodning: varken UTF-8 eller Windows-1252$/);
    const random = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256);
    expect(() => decodeText(random, 'random.txt')).toThrow(/random\.txt: /);
  });
  it('tells a text in a script remiss does not read from binary data', () => {
    for (const [name, text] of [
      ['kinesiska.txt', '市议会认为该提案是好的。'],
      ['arabiska.txt', 'ترى اللجنة أن الاقتراح جيد. '.repeat(5)],
    ]) {
      expect(() => decodeText(Buffer.from(text), name)).toThrow(new RegExp(`^${name.replace('.', '\\.')}: texten är inte skriven med latinska, grekiska eller kyrilliska bokstäver`));
    }
    // Greek and Cyrillic are read; a Swedish text with a quoted foreign name is Swedish.
    expect(decodeText(Buffer.from('Η επιτροπή θεωρεί ότι η πρόταση είναι καλή.'), 'g.txt').encoding).toBe('utf-8');
    expect(decodeText(Buffer.from('Комитет считает, что предложение хорошее.'), 'r.txt').encoding).toBe('utf-8');
    expect(decodeText(Buffer.from('Nämnden hänvisar till rapporten om 東京 och dess erfarenheter av samordning.'), 's.txt').encoding).toBe('utf-8');
  });
});

describe('a Windows-1252 file with CRLF', () => {
  it('gives the same round as its UTF-8 twin', async () => {
    const text = [
      'Remissfrågor:',
      '• Hur ser nämnden på förslaget?',
      '',
      'Förskolenämnden',
      '',
      'Yttrande',
      'Förskolenämnden är positiv.',
      '',
      'Hur ser nämnden på förslaget?',
      'Nämnden tillstyrker förslaget om ”Örat mot marken”.',
    ].join('\n');
    const utf8 = await buildRound([{ path: 'a.txt', bytes: Buffer.from(text) }]);
    const win = await buildRound([{ path: 'a.txt', bytes: cp1252(text.replace(/\n/g, '\r\n')) }]);
    expect(win.segments).toEqual(utf8.segments);
    expect(win.respondents).toEqual(utf8.respondents);
    expect(win.sources[0].encoding).toBe('windows-1252');
  });
});
