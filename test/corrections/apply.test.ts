/** Analyst corrections applied to a round of our own: parsing, the table, the processes, every warning. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fixture, roundOf } from '../helpers.js';
import { tabulate, type Table } from '../../src/analyze/tabulate.js';
import { analyseRound, type RoundAnalysis } from '../../src/analyze/diff.js';
import { shippedDictionary } from '../../src/tag/dictionary.js';
import {
  cellCorrected,
  correctAnalysis,
  correctTableOnly,
  parseCorrections,
  parseCorrectionsJson,
  type CorrectedProcess,
} from '../../src/analyze/corrections.js';
import { parseCorrectionsCsv } from '../../src/analyze/corrections-csv.js';
import { InputError } from '../../src/errors.js';

const ROUND = fixture('corrections', 'round-parks.txt');
const file = (name: string) => parseCorrectionsJson(readFileSync(fixture('corrections', name), 'utf8'), name);
const doc = (corrections: unknown[]) => parseCorrections({ format: 'remiss-corrections/1', corrections }, 'k.json');
const row = (t: Table, id: string) => t.rows.find((r) => r.respondent === id)!;

let table: Table;
let analysis: RoundAnalysis;
beforeAll(async () => {
  const round = await roundOf(ROUND);
  table = tabulate(round);
  analysis = analyseRound(round, shippedDictionary());
});

describe('the fixture round as the tool reads it', () => {
  it('has the rows the corrections below change', () => {
    expect(table.rows.map((r) => [r.respondent, r.stance, r.choices, r.conditional])).toEqual([
      ['KN', 'proposes', ['FRN'], false],
      ['TN', 'proposes', ['SN'], true],
      ['MN', 'declines', [], false],
      // SBN read, KS flagged (the tool reads "ser gärna att X leder" since the session after stop 27).
      ['GRN', 'proposes', ['SBN'], false],
    ]);
  });
});

describe('parsing a corrections file', () => {
  it('refuses what is not a corrections file at all (exit 2)', () => {
    for (const text of ['not json', '[]', '{"rows": []}', '{"format": "remiss-round/1", "segments": []}']) {
      let err: unknown;
      try {
        parseCorrectionsJson(text, 'x.json');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).exitCode).toBe(2);
      expect((err as Error).message).toMatch(/^x\.json: .*rättelsefil/);
    }
    expect(() => parseCorrectionsJson('{"format": "remiss-corrections/9", "corrections": []}', 'x.json')).toThrow(/remiss-corrections\/9/);
  });

  it('reads a file without "format" but says so', () => {
    const c = parseCorrections({ corrections: [] }, 'k.json');
    expect(c.warnings).toEqual([expect.stringMatching(/^k\.json: "format" saknas/)]);
  });

  it('names each malformed entry by number and respondent, and keeps the rest', () => {
    const c = doc([
      { respondent: 'TN', stance: 'kanske' },
      { stance: 'declines' },
      'KN',
      { respondent: 'KN', choices: 'FRN' },
      { respondent: 'KN', choices: [[42]] },
      { respondent: 'KN', conditional: 'ja' },
      { respondent: 'KN', processes: ['ctc'] },
      { respondent: 'KN', reason: 'bara ett skäl' },
      { respondent: 'KN', stance: 'proposes', choices: [] },
      { respondent: 'KN', stance: 'declines', choices: [['FRN']] },
      { respondent: 'KN', decided: 'kanske', stance: 'declines' },
      { respondent: 'KN', stance: 'declines', reason: 'ok' },
    ]);
    expect(c.entries.map((e) => e.n)).toEqual([12]);
    expect(c.warnings).toHaveLength(11);
    expect(c.warnings[0]).toBe('k.json: rättelse 1 (TN): okänd ställning "kanske" (proposes, declines eller no-proposal) – används inte');
    expect(c.warnings[1]).toMatch(/rättelse 2 \(\?\): saknar "respondent"/);
    expect(c.warnings[2]).toMatch(/rättelse 3 \(\?\): är inte ett objekt/);
    expect(c.warnings.slice(3, 5).every((w) => /"choices" ska vara/.test(w))).toBe(true);
    expect(c.warnings[5]).toMatch(/rättelse 6 \(KN\): "conditional"/);
    expect(c.warnings[6]).toMatch(/rättelse 7 \(KN\): "processes"/);
    expect(c.warnings[7]).toMatch(/rättelse 8 \(KN\): rättar varken/);
    expect(c.warnings[8]).toMatch(/rättelse 9 \(KN\): ställningen proposes utan förslag/);
    expect(c.warnings[9]).toMatch(/rättelse 10 \(KN\): ställningen declines kan inte ha förslag/);
    expect(c.warnings[10]).toMatch(/rättelse 11 \(KN\): "decided"/);
  });

  it('accepts a lone member as a proposal of one body, and quotes in three forms', () => {
    const c = doc([{ respondent: 'KN', choices: ['FRN', ['MKB', 'KS']], quote: ['a', { quote: 'b', page: 3, line: 9 }] }]);
    expect(c.entries[0].choices).toEqual([['FRN'], ['MKB', 'KS']]);
    expect(c.entries[0].quotes).toEqual([
      { quote: 'a', page: null, line: null },
      { quote: 'b', page: 3, line: 9 },
    ]);
  });
});

describe('correcting the coordinator table', () => {
  it('replaces the rows decided, keeps the others, and records the tool\'s reading', () => {
    const { table: t, warnings } = correctTableOnly(table, file('parks-corrections.json'));
    expect(warnings).toEqual([]);
    expect(row(t, 'KN')).toEqual(row(table, 'KN'));
    expect(row(t, 'GRN')).toMatchObject({ stance: 'proposes', choices: ['SBN', 'KS'], conditional: false });
    expect(row(t, 'GRN').corrected).toMatchObject({
      reason: 'Nämnden föreslår stadsbyggnadsnämnden och kommunstyrelsen i samma mening.',
      original: { stance: 'proposes', choices: ['SBN'], conditional: false },
      source: 'parks-corrections.json #1',
    });
    // TN is named as written ("Tekniska nämnden"); only its condition changes.
    expect(row(t, 'TN')).toMatchObject({ stance: 'proposes', choices: ['SN'], conditional: false });
    expect(row(t, 'TN').corrected!.original.conditional).toBe(true);
    expect(cellCorrected(row(t, 'TN'), 'SN')).toBe(true);
    expect(cellCorrected(row(t, 'KN'), 'FRN')).toBe(false);
  });

  it('a choice that matches no column makes one, in the published order; a described body gets its short label', () => {
    const { table: t } = correctTableOnly(table, file('parks-corrections.json'));
    expect(t.columns.map((c) => c.id)).toEqual(['KS', 'FRN', 'SN', 'SBN', 'nämnd-med-ansvar-för-parker-och-natur']);
    expect(t.columns[4]).toMatchObject({ members: [], generic: 'en nämnd med ansvar för parker och natur', label: 'Nämnd med ansvar för parker och natur' });
    expect(table.columns.map((c) => c.id)).toEqual(['FRN', 'SN', 'SBN']);
  });

  it('a proposal no row makes any more is no column; a choice matching an existing column reuses it', () => {
    const { table: t } = correctTableOnly(table, doc([{ respondent: 'TN', choices: [['Fritidsnämnden']], reason: 'läst fel' }]));
    expect(t.columns.map((c) => c.id)).toEqual(['FRN', 'SBN']);
    expect(row(t, 'TN')).toMatchObject({ choices: ['FRN'], conditional: true });
    expect(row(t, 'TN').corrected!.originalColumns.map((c) => c.id)).toEqual(['SN']);
  });

  it('keeps the tool\'s quotes and adds the analyst\'s, marked', () => {
    const { table: t } = correctTableOnly(table, doc([{ respondent: 'MN', stance: 'no-proposal', quote: { quote: 'Ny mening.', line: 31 }, reason: 'r' }]));
    const mn = row(t, 'MN');
    expect(mn.evidence.slice(0, -1)).toEqual(row(table, 'MN').evidence);
    expect(mn.evidence.at(-1)).toEqual({ quote: 'Ny mening.', page: null, line: 31, choice: null, by: 'analyst' });
    expect(mn.comment).toBe('Föreslår ingen samordnande aktör');
  });

  it('warns, naming the entry, for a respondent the round lacks, a member naming no body, a correction changing nothing', () => {
    const { table: t, warnings } = correctTableOnly(table, file('malformed-corrections.json'));
    expect(t.rows).toEqual(table.rows);
    expect(warnings).toEqual(
      expect.arrayContaining([
        'malformed-corrections.json: rättelse 1 (Räddningstjänsten Syd): omgången har ingen remissinstans "Räddningstjänsten Syd" – används inte',
        'malformed-corrections.json: rättelse 2 (MN): "Månstyrelsen" namnger inget organ – används inte',
        'malformed-corrections.json: rättelse 7 (KN): onödig: samma som verktygets läsning (FRN)',
        'malformed-corrections.json: 1 rättelse är inte beslutad ("decided": false) och används inte',
      ]),
    );
  });

  it('of two entries for one respondent the later decides, and the earlier is named', () => {
    const { table: t, warnings } = correctTableOnly(
      table,
      doc([
        { respondent: 'MN', stance: 'no-proposal', reason: 'först' },
        { respondent: 'Miljönämnden', choices: [['KS']], reason: 'sedan' },
      ]),
    );
    expect(row(t, 'MN')).toMatchObject({ stance: 'proposes', choices: ['KS'] });
    expect(warnings).toEqual(['k.json: rättelse 1 (MN): gäller samma remissinstans som rättelse 2; den senare gäller']);
  });

  it('says when the tool\'s reading changed since remiss review wrote the entry', () => {
    const { warnings } = correctTableOnly(
      table,
      doc([{ respondent: 'GRN', stance: 'proposes', choices: [['SBN'], ['KS']], reading: { stance: 'declines', choices: [], conditional: false }, reason: 'r' }]),
    );
    expect(warnings).toEqual([expect.stringMatching(/rättelse 1 \(GRN\): verktygets läsning har ändrats sedan rättelsen skrevs \(då: avstår; nu: SBN\)/)]);
  });
});

describe('correcting processes and whole analyses', () => {
  it('adds and removes processes, recomputes what is shared, and records the decision', () => {
    const { analysis: a, warnings } = correctAnalysis(analysis, file('parks-corrections.json'));
    expect(warnings).toEqual([]);
    const p = (id: string) => a.xref.processes.find((x) => x.id === id)! as CorrectedProcess;
    expect(p('bid').respondents).toEqual(['KN', 'TN']);
    expect(p('bid').shared).toBe(true);
    expect(p('ctc').respondents).toEqual(['GRN']);
    expect(p('ctc').shared).toBe(false);
    expect(p('ctc').mentions.some((m) => m.respondent === 'KN')).toBe(false);
    expect(p('bid').corrections).toEqual([{ respondent: 'KN', action: 'add', reason: 'BID nämns i bilagan; CTC gäller en annan förvaltning.', source: 'parks-corrections.json #4' }]);
    // The analysis the cache holds is untouched: corrections are applied on a copy.
    expect(analysis.xref.processes.find((x) => x.id === 'bid')!.respondents).toEqual(['TN']);
    expect(a.table!.rows.find((r) => r.respondent === 'GRN')!.corrected).toBeDefined();
  });

  it('warns for an unknown process and for adding one already named or removing one not named', () => {
    const { warnings } = correctAnalysis(
      analysis,
      doc([{ respondent: 'KN', processes: { add: ['inte-en-process', 'sspf'], remove: ['bid'] }, reason: 'r' }]),
    );
    expect(warnings).toEqual([
      'k.json: rättelse 1 (KN): okänd process "inte-en-process" – den delen används inte',
      'k.json: rättelse 1 (KN): onödig: KN nämner redan sspf',
      'k.json: rättelse 1 (KN): onödig: KN nämner inte bid',
    ]);
  });
});

describe('the CSV form (Excel)', () => {
  it('reads the Swedish headers, ";" and the choice notation into the same corrections', () => {
    const csv =
      '\uFEFFRemissinstans;Beslutad;Ställning;Förslag;Villkorat;Lägg till processer;Ta bort processer;Skäl\r\n' +
      'GRN;ja;föreslår;"SBN; KS";nej;;;"Två förslag; i samma mening"\r\n' +
      'MN;ja;föreslår;[en nämnd med ansvar för parker och natur];;;;ändrade sig\r\n' +
      'KN;ja;;;;bid;ctc;bilagan\r\n' +
      'TN;nej;;;;;;\r\n';
    const c = parseCorrectionsCsv(csv, 'k.csv');
    expect(c.warnings).toEqual([]);
    expect(c.entries.map((e) => [e.respondent, e.decided, e.stance, e.choices, e.conditional, e.processes, e.reason])).toEqual([
      ['GRN', true, 'proposes', [['SBN'], ['KS']], false, undefined, 'Två förslag; i samma mening'],
      ['MN', true, 'proposes', [[{ generic: 'en nämnd med ansvar för parker och natur' }]], undefined, undefined, 'ändrade sig'],
      ['KN', true, undefined, undefined, undefined, { add: ['bid'], remove: ['ctc'] }, 'bilagan'],
      ['TN', false, undefined, undefined, undefined, undefined, ''],
    ]);
  });

  it('refuses a CSV without a respondent column (exit 2)', () => {
    expect(() => parseCorrectionsCsv('a;b\n1;2\n', 'k.csv')).toThrow(/Remissinstans/);
  });
});

describe('bodies the registry does not know', () => {
  it('are named as written, as respondents and as members', async () => {
    const t = tabulate(await roundOf(fixture('rounds', 'unknown-bodies-without-summary.txt')));
    const { table: c, warnings } = correctTableOnly(
      t,
      doc([{ respondent: 'Räddningstjänsten Syd', choices: [['Polismyndigheten', 'Tekniska nämnden']], reason: 'gemensamt förslag i bilagan' }]),
    );
    expect(warnings).toEqual([]);
    const row = c.rows.find((r) => r.respondent === 'raddningstjansten-syd')!;
    expect(row).toMatchObject({ stance: 'proposes', choices: ['TN+polismyndigheten'] });
    expect(c.columns.find((x) => x.id === 'TN+polismyndigheten')!.label).toBe('TN och Polismyndigheten');
  });
});

describe('robustness', () => {
  it.each([
    ['a stance that is an object with a "toString" key', { format: 'remiss-corrections/1', corrections: [{ respondent: 'KN', stance: [{ toString: '' }] }] }, /\{"toString":""\}/],
    ['a stance that is a list', { format: 'remiss-corrections/1', corrections: [{ respondent: 'KN', stance: ['proposes', 1] }] }, /\["proposes",1\]/],
  ])('%s: a warning that shows the value as written', (_, data, shown) => {
    const c = parseCorrections(data, 'f.json');
    expect(c.warnings.some((w) => shown.test(w))).toBe(true);
  });
  it('a format that is an object with a "toString" key: an input error, not a crash', () => {
    expect(() => parseCorrections({ format: { toString: 1 }, corrections: [] }, 'f.json')).toThrow(InputError);
  });
  it('any JSON is a corrections file with warnings, or an input error — never a crash', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.jsonValue(), { maxLength: 6 }), (whole, entries) => {
        for (const data of [whole, { format: 'remiss-corrections/1', corrections: entries }]) {
          try {
            const c = parseCorrections(data, 'f.json');
            correctAnalysis(analysis, c);
          } catch (e) {
            if (!(e instanceof InputError)) throw e;
          }
        }
      }),
      { numRuns: 300 },
    );
    // Entries that look like corrections, with every field possibly wrong.
    const member = fc.oneof(fc.constantFrom('KN', 'FRN', 'Fritidsnämnden', 'MKB', 'x', ''), fc.record({ generic: fc.string() }), fc.jsonValue());
    const entry = fc.record(
      {
        respondent: fc.oneof(fc.constantFrom('KN', 'TN', 'Miljönämnden', 'grn', 'Okänd'), fc.jsonValue()),
        stance: fc.oneof(fc.constantFrom('proposes', 'declines', 'no-proposal'), fc.jsonValue()),
        choices: fc.oneof(fc.array(fc.array(member, { maxLength: 3 }), { maxLength: 3 }), fc.jsonValue()),
        conditional: fc.oneof(fc.boolean(), fc.jsonValue()),
        decided: fc.oneof(fc.boolean(), fc.jsonValue()),
        processes: fc.oneof(fc.record({ add: fc.array(fc.constantFrom('ctc', 'bid', 'nej')), remove: fc.array(fc.constantFrom('sspf', 'ctc')) }), fc.jsonValue()),
        quote: fc.jsonValue(),
        reading: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), (entries) => {
        const c = parseCorrections({ format: 'remiss-corrections/1', corrections: entries }, 'f.json');
        const { analysis: a } = correctAnalysis(analysis, c);
        // Every row stays well-formed: a proposal has choices, the others none, and every choice is a column.
        for (const r of a.table!.rows) {
          expect(r.stance === 'proposes' ? r.choices.length > 0 : r.choices.length === 0).toBe(true);
          for (const id of r.choices) expect(a.table!.columns.some((col) => col.id === id)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('ranked alternatives', () => {
  it('an analyst can rank the choices; corrected choices are not ranked unless said so', () => {
    const ranked = correctTableOnly(table, doc([{ respondent: 'GRN', choices: [['SBN'], ['KS']], ranked: true, reason: 'i första hand SBN' }]));
    expect(row(ranked.table, 'GRN')).toMatchObject({ choices: ['SBN', 'KS'], ranked: true });
    const plain = correctTableOnly(table, doc([{ respondent: 'GRN', choices: [['SBN'], ['KS']], reason: 'två förslag' }]));
    expect(row(plain.table, 'GRN').ranked).toBeFalsy();
    expect(doc([{ respondent: 'GRN', ranked: 'ja' }]).warnings).toEqual([expect.stringMatching(/rättelse 1 \(GRN\): "ranked" ska vara/)]);
  });
});
