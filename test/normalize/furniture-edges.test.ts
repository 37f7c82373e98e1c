/**
 * Running headers and footers against a letter's own first and last lines, on pages written for
 * this test: "Malmö stad" atop several pages is furniture; a letter that opens with "Malmö stad"
 * on one page and is signed "Malmö stad" at the foot of another keeps both.
 */
import { describe, expect, it } from 'vitest';
import { MAX_EDGE_CHARS, MAX_RULED_FOOTER_LINES, MAX_HEAD_LINE_CHARS, MAX_HEAD_LINE_WORDS, MAX_HEAD_LINES, MAX_STAMP_CHARS, isStamp, isStampDiaryLine, removeFurniture } from '../../src/normalize/furniture.js';
import { splitHeaderColumns } from '../../src/normalize/columns.js';
import type { Line } from '../../src/model.js';

const body = (n: number): string[] => Array.from({ length: n }, (_, i) => `Nämnden lämnar synpunkter i stycke ${i + 1} av yttrandet över förslaget.`);

function pages(list: string[][]): Line[] {
  return list.flatMap((texts, p) => texts.map((text, i) => ({ text, page: p + 1, line: i + 1, source: 0 })));
}

const kept = (lines: Line[], text: string): number => removeFurniture(lines).lines.filter((l) => l.text === text).length;

describe('page edges', () => {
  it('the longest running line is pinned', () => {
    expect(MAX_EDGE_CHARS).toBe(140);
  });

  it('a header in three columns set apart by spaces counts its runs of spaces as one', () => {
    const header = 'Malmö stad | Stadskontoret          Sammanställning av remissvar – Handlingsplan för trygga stråk och mötesplatser 2027–2030          Dnr STK-2026-00417';
    expect(header.length).toBeGreaterThan(MAX_EDGE_CHARS);
    const lines = pages([1, 2, 3, 4].map(() => [header, ...body(14)]));
    expect(kept(lines, header)).toBe(0);
  });

  it('a repeated line longer than that, even with its spaces made one, is not furniture', () => {
    const line = 'Nämnden vill i detta sammanhang särskilt framhålla vikten av att samtliga nämnder och bolag deltar aktivt i arbetet med handlingsplanen, och att ansvaret tydliggörs i budgeten';
    const lines = pages([1, 2, 3, 4].map(() => [line, ...body(14)]));
    expect(kept(lines, line)).toBe(4);
  });

  it('a letterhead atop several pages is furniture', () => {
    const lines = pages([['Inledning', ...body(14)], ['Malmö stad', ...body(14)], ['Malmö stad', ...body(14)], ['Malmö stad', ...body(14)]]);
    expect(kept(lines, 'Malmö stad')).toBe(0);
  });

  it('a letter opening with the letterhead on one page and signed with it at the foot of another keeps both', () => {
    const lines = pages([['Socialstyrelsen', ...body(14)], ['Malmö stad', 'Kommunstyrelsen', ...body(14)], [...body(14), 'Malmö stad'], ['Göteborgs stad', ...body(14)]]);
    expect(kept(lines, 'Malmö stad')).toBe(2);
  });

  it.each([
    ['Stadskontoret   STK-2026-00412', 0],
    ['Dnr KS-2025-1187 · Sammanställning', 0],
    // Without a diary number a line heading three of seven pages is a letter's own line, kept.
    ['Stadskontoret', 3],
  ])('%j atop three pages of seven (fewer than half) is furniture only with a diary number: %i kept', (header, left) => {
    const lines = pages([1, 2, 3, 4, 5, 6, 7].map((n) => (n % 2 === 0 ? [header, ...body(14)] : body(14))));
    expect(kept(lines, header)).toBe(left);
  });

  it('a footer naming the document and its page, longer than a short header, is furniture', () => {
    const footer = (n: number): string => `Remissammanställning – Ds 2026:14 Ett samlat ansvar för trygghet (Ju2026/01234) ${n} (4)`;
    const lines = pages([1, 2, 3, 4].map((n) => [...body(14), footer(n)]));
    expect(removeFurniture(lines).lines.some((l) => l.text.startsWith('Remissammanställning'))).toBe(false);
  });
});

describe('a letter\'s head repeated atop its later pages', () => {
  const text = (texts: string[]): Line[] => texts.map((t, i) => ({ text: t, page: null, line: i + 1, source: 0 }));
  const HEAD = ['VALLBY KOMMUN', 'YTTRANDE', 'Miljö- och byggnämnden', 'Datum 2026-05-04'];

  it('the thresholds are pinned', () => {
    expect([MAX_HEAD_LINE_CHARS, MAX_HEAD_LINE_WORDS, MAX_HEAD_LINES]).toEqual([60, 6, 6]);
  });

  it.each([
    ['Sida 1 av 2'],
    ['Vallby kommun · 123 45 Vallby        1 (2)'],
    ['- 1 -'],
  ])('in text that kept no pages, after a page-number line (%j), the head again is furniture; the first stays', (footer) => {
    const lines = text([...HEAD, '', ...body(3), '', footer, ...HEAD, '', ...body(2)]);
    const { lines: content } = removeFurniture(lines);
    for (const h of HEAD) expect(content.filter((l) => l.text === h).length, h).toBe(1);
    expect(content.filter((l) => l.text.startsWith('Nämnden lämnar')).length).toBe(5);
  });

  it('on the second page of a PDF of two pages (too few for a running header to show by recurring)', () => {
    const lines = pages([[...HEAD, '', ...body(14)], [HEAD[0], HEAD[2], ...body(5)]]);
    expect(kept(lines, 'VALLBY KOMMUN')).toBe(1);
    expect(kept(lines, 'Miljö- och byggnämnden')).toBe(1);
  });

  it('only at the start of a page, and only the head\'s short lines: a body named in the text, or a sentence repeated, stays', () => {
    const lines = pages([['Miljö- och byggnämnden', ...body(14)], [...body(3), 'Miljö- och byggnämnden', ...body(14)]]);
    expect(kept(lines, 'Miljö- och byggnämnden')).toBe(2);
    expect(kept(lines, body(1)[0])).toBe(3);
  });

  it('a page opening with something else keeps what follows, the head\'s words included', () => {
    const lines = text([...HEAD, '', ...body(3), 'Sida 1 av 2', 'Bilaga 1', 'VALLBY KOMMUN', ...body(2)]);
    expect(removeFurniture(lines).lines.filter((l) => l.text === 'VALLBY KOMMUN').length).toBe(2);
  });
});

describe('a footer set in columns beside the page number', () => {
  const text = (texts: Array<string | [string, string]>): Line[] =>
    texts.flatMap((t, i) => (Array.isArray(t) ? t.map((x) => ({ text: x, page: null, line: i + 1, source: 0 })) : [{ text: t, page: null, line: i + 1, source: 0 }]));

  it('the other column of a page-number line at the foot of a page is furniture', () => {
    const lines = text(['Kulturnämnden', 'Datum 2026-05-04', '', ...body(8), '', ['Kulturförvaltningen · Malmö stad', 'Sida 1 (2)'], ...body(3)]);
    expect(removeFurniture(lines).lines.some((l) => l.text === 'Kulturförvaltningen · Malmö stad')).toBe(false);
  });

  it('a letterhead beside the page number at the top of a page stays', () => {
    const lines = text([['Kulturnämnden', '1 (2)'], 'Datum 2026-05-04', '', ...body(8)]);
    expect(removeFurniture(lines).lines.some((l) => l.text === 'Kulturnämnden')).toBe(true);
  });
});

describe('a registry arrival stamp on a scanned letter', () => {
  it.each([
    'Malmö stad Stadskontoret  Inkom 2026-03-04',
    'Malmo stad Stadskontoret  Inkom 2026-03-10  Dnr KS-2026-0412',
    'Kommunstyrelsen  Ankom 2026-01-15',
    'Stadsbyggnadskontoret  Registrerad 2025-12-01  Dnr SBN-2025-88',
    'INKOMMEN 2026-02-02',
  ])('is furniture: %j', (text) => {
    expect(isStamp(text)).toBe(true);
  });

  it.each([
    'Yttrandet inkom 2026-03-04 till stadskontoret.',
    'Datum 2026-03-04',
    'Inkomna svar',
    'Nämnden inkom med synpunkter i mars.',
    'Inkom: 2026-02-19 (e-post)',
    `Malmö stad Stadskontoret  Inkom 2026-03-04 ${'och en mycket lång rad text efter stämpeln '.repeat(3)}`,
    // A heading dated by a note in brackets: a name, not a stamp.
    '3.2 Föreningen Ljusgården (inkom 2026-03-26 via e-post)',
    'Tekniska nämnden (ankom 2026-04-01)',
  ])('is not: %j', (text) => {
    expect(isStamp(text)).toBe(false);
  });

  it('is at most MAX_STAMP_CHARS long', () => {
    expect(MAX_STAMP_CHARS).toBe(120);
  });

  it.each([
    ['Kommunstyrelsen                              Dnr KS-2026-0412-9', true],
    ['Stadskontoret   Diarienummer STK-2025-0871', true],
    ['Dnr FRN 2026/77', true],
    ['Kommunstyrelsen', false],
    ['Ärendet har dnr KS-2026-0412 och gäller planen.', false],
  ])('the line under a stamp that is its diary line: %j → %s', (text, want) => {
    expect(isStampDiaryLine(text)).toBe(want);
  });

  // A bundle of answers as the registry filed them: each answer's first page stamped on arrival,
  // the stamp set in two columns beside the organisation and the receiving board.
  const stamped = (stamp: string[], page = 1): Line[] =>
    splitHeaderColumns(
      [...stamp, '', 'Fritidsförvaltningen', '', 'Yttrande över remissen', '', ...body(6)].map((t, i) => ({ text: t, page, line: i + 1, source: 0 })),
    );

  it.each([
    [['MALMÖ STAD                                   Inkom: 2026-08-21', 'Kommunstyrelsen                              Dnr KS-2026-0412-9']],
    [['MALMÖ STAD                                   Ankom 2026-08-21', 'Kommunstyrelsen                              Diarienummer KS-2026-0412-9']],
    [['Malmö stad                       Inkom: 2026-05-02', '', 'Stadskontoret                    Dnr STK-2026-0088-4']],
  ])('a stamp in two columns takes the receiving body beside it along: %j', (stamp) => {
    const kept = removeFurniture(stamped(stamp)).lines.map((l) => l.text);
    expect(kept.filter((t) => /Kommunstyrelsen|Stadskontoret|Inkom|Ankom|Dnr|Diarienummer/u.test(t))).toEqual([]);
    expect(kept).toContain('Fritidsförvaltningen');
  });

  it('a two-column header that is no stamp keeps its name', () => {
    const kept = removeFurniture(stamped(['Kulturnämnden                                Sammanträdesdatum 2026-08-21', 'Protokoll                                    Dnr KN-2026-0412-9'])).lines.map((l) => l.text);
    expect(kept).toContain('Kulturnämnden');
  });
});

describe('a footer under a rule', () => {
  const letter = (footer: string[]): Line[] =>
    ['Grundskoleförvaltningen', '', 'Yttrande', '', ...body(4), '', ...footer, '', ...body(4)].map((t, i) => ({ text: t, page: null, line: i + 1, source: 0 }));

  it('the limit is pinned', () => {
    expect(MAX_RULED_FOOTER_LINES).toBe(2);
  });

  it.each([
    [['______________________________', 'Grundskoleförvaltningen / Gymnasie- och vuxenutbildningsförvaltningen', 'Malmö stad                      Sida 1 av 2'], ['Grundskoleförvaltningen / Gymnasie- och vuxenutbildningsförvaltningen']],
    // The columns a PDF reader joins into one line.
    [['------------------------------', 'Fritidsförvaltningen, Malmö stad Sida 1 av 2'], ['Fritidsförvaltningen, Malmö stad Sida 1 av 2']],
    [['==============================', 'Kulturförvaltningen', '2 (3)'], ['Kulturförvaltningen']],
  ])('is furniture, once as on every page: %j', (footer, gone) => {
    const kept = removeFurniture(letter(footer)).lines.map((l) => l.text);
    for (const g of gone) expect(kept).not.toContain(g);
    expect(kept.filter((t) => /^[_=-]{10,}$/u.test(t))).toEqual([]);
  });

  it.each([
    // No page number under the rule; or a sentence between.
    [['______________________________', 'Fritidsförvaltningen'], 'Fritidsförvaltningen'],
    [['______________________________', 'Nämnden ser fram emot arbetet.', 'Sida 1 av 2'], 'Nämnden ser fram emot arbetet.'],
  ])('is not: %j', (footer, stays) => {
    expect(removeFurniture(letter(footer)).lines.map((l) => l.text)).toContain(stays);
  });
});

describe('running headers in text that kept no pages', () => {
  // A compilation exported from Word: the title page, then each page opened by a page-number line
  // ("Sammanställning remissvar | sida 2 av 4") and the document's long running title.
  const TITLE = 'Stadskontoret, Malmö stad – Samordnad struktur för lokalt förebyggande arbete, dnr STK-2026-00187';
  const compiled = (title: string, pageLine: (n: number) => string): string[] => [
    'Malmö stad',
    'Stadskontoret',
    '',
    'SAMMANSTÄLLNING AV REMISSVAR',
    '',
    'Förslag till samordnad struktur för lokalt förebyggande arbete',
    'Dnr STK-2026-00187',
    'Version 1.1, 2026-04-24',
    '',
    ...[2, 3, 4].flatMap((n) => [pageLine(n), '', title, '', ...body(3), '']),
  ];
  const lines = (texts: string[]): Line[] => texts.map((text, i) => ({ text, page: null, line: i + 1, source: 0 }));

  it.each([
    ['"sida N av M"', (n: number) => `Sammanställning remissvar | sida ${n} av 4`],
    ['"N (M)"', (n: number) => `Sammanställning remissvar ${n} (4)`],
  ])('the page-number line %s and the title beside it each time are furniture', (_, pageLine) => {
    const { furniture } = removeFurniture(lines(compiled(TITLE, pageLine)));
    expect(furniture.filter((l) => l.text === TITLE)).toHaveLength(3);
    expect(furniture.filter((l) => l.text.startsWith('Sammanställning remissvar'))).toHaveLength(3);
  });

  it("a body's name atop each page stays: as short as a letterhead's line, it names the body", () => {
    const { lines: kept } = removeFurniture(lines(compiled('Fritidsnämnden', (n) => `Sammanställning remissvar | sida ${n} av 4`)));
    expect(kept.filter((l) => l.text === 'Fritidsnämnden')).toHaveLength(3);
  });

  it("the source's head keeps its line beside the page number", () => {
    const texts = ['Stadsbyggnadskontoret, avdelningen för planering och strategisk utveckling', 'Sida 1 av 3', '', ...body(2), '', 'Stadsbyggnadskontoret, avdelningen för planering och strategisk utveckling', 'Sida 2 av 3', '', ...body(2), '', 'Stadsbyggnadskontoret, avdelningen för planering och strategisk utveckling', 'Sida 3 av 3', '', ...body(2)];
    const { lines: kept } = removeFurniture(lines(texts));
    expect(kept[0].text).toBe(texts[0]);
  });

  it('a long line that recurs away from the page numbers stays', () => {
    const texts = [...compiled(TITLE, (n) => `Sammanställning remissvar | sida ${n} av 4`), '', TITLE];
    const { lines: kept } = removeFurniture(lines(texts));
    expect(kept.filter((l) => l.text === TITLE)).toHaveLength(4);
  });
});

describe('a running header with a diary number, beside the page numbers of a text that kept no pages', () => {
  it('is furniture however few its words ("Sammanställning av remissvar · STK-2025-01432")', async () => {
    const { removeFurniture } = await import('../../src/normalize/furniture.js');
    const page = (n: number, body: string): string[] => [`Malmö stad · Stadskontoret                                    Sida ${n} (4)`, 'Sammanställning av remissvar · STK-2025-01432', '', body, ''];
    const text = ['Malmö stad', 'Stadskontoret', '', 'Sammanställning', '', 'Inledning', 'Förslaget skickades på remiss.', 'Nio svar kom in.', '', ...page(1, 'Kulturnämnden är positiv.'), ...page(2, 'Miljönämnden är positiv.'), ...page(3, 'Servicenämnden är positiv.'), ...page(4, 'Slut.')];
    const lines = text.map((t, i) => ({ text: t, line: i + 1, page: null, source: 0 }));
    const { furniture } = removeFurniture(lines as never);
    expect(furniture.filter((f) => f.text.startsWith('Sammanställning av remissvar')).length).toBe(4);
  });

  it('a short line without one is kept: a body named atop each page names it', async () => {
    const { removeFurniture } = await import('../../src/normalize/furniture.js');
    const page = (n: number, body: string): string[] => [`Sida ${n} (4)`, 'Arbetsmarknads- och socialförvaltningen', '', body, ''];
    const text = ['Protokoll', '', 'Inledning', '', ...page(1, 'Nämnden är positiv.'), ...page(2, 'Nämnden föreslår KS.'), ...page(3, 'Nämnden avstår.'), ...page(4, 'Slut.')];
    const lines = text.map((t, i) => ({ text: t, line: i + 1, page: null, source: 0 }));
    const { furniture } = removeFurniture(lines as never);
    expect(furniture.some((f) => f.text.startsWith('Arbetsmarknads'))).toBe(false);
  });
});
