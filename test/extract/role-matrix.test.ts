/**
 * Responsibility matrices typed as text (src/extract/role-matrix.ts): the bodies marked in the
 * role's own column are the answer's choice where its words make none — matrices written for the
 * test, set by bars and by spaces.
 */
import { describe, expect, it } from 'vitest';
import { MAX_NOTE_DISTANCE } from '../../src/extract/role-matrix.js';
import { readAnswer } from './support.js';

const read = readAnswer;

const barred = (rows: Array<[string, string, string, string]>): string =>
  ['Aktör | Ansvarar (A) | Utför (U) | Informeras (I)', '------|--------|--------|--------', ...rows.map((r) => r.join(' | '))].join('\n');

describe('a matrix set by bars', () => {
  it.each([
    [barred([['Kommunstyrelsen', 'X', '', ''], ['Fritidsnämnden', '', 'X', ''], ['MKB Fastighet AB', '', '', 'X']]), ['KS']],
    // Two bodies share the mark: one joint choice.
    [barred([['FRN', 'X', 'X', ''], ['ASN', 'X', 'X', ''], ['KS', '', '', 'X']]), ['ASN+FRN']],
    // Outer bars too.
    [['| Nämnd | Samordnar | Deltar | Berörs |', '|---|---|---|---|', '| Tekniska nämnden | X | | |', '| Kulturnämnden | | X | |'].join('\n'), ['TN']],
  ])('%#: %j', async (matrix, want) => {
    const r = await read(`Nämndens syn framgår av matrisen.\n\n${matrix}`);
    expect(r.choices).toEqual(want);
    expect(r.review).toContain('ansvarsmatris');
  });
});

describe('a matrix set by spaces', () => {
  it('the mark under the role\'s column, not under the others', async () => {
    const matrix = ['Nämnd                   Samordnar   Deltar   Berörs', 'Kulturnämnden                             X', 'Fritidsnämnden              X          X', 'Tekniska nämnden                             X'].join('\n');
    expect((await read(`Se matrisen nedan.\n\n${matrix}`)).choices).toEqual(['FRN']);
  });

  it(`a starred mark takes the note under the table (within ${MAX_NOTE_DISTANCE} lines) as its condition`, async () => {
    const matrix = ['Nämnd                   Samordnar   Deltar   Berörs', 'Kommunstyrelsen            X*', 'Fritidsnämnden                         X', '', '* Under förutsättning att stadskontoret tillförs särskilda medel.'].join('\n');
    const r = await read(`Se matrisen.\n\n${matrix}`);
    expect(r.choices).toEqual(['KS']);
    expect(r.conditional).toBe(true);
  });
});

describe('what the matrix does not decide', () => {
  it('the answer\'s words choose: the matrix adds nothing', async () => {
    const r = await read(`Nämnden föreslår att tekniska nämnden samordnar arbetet.\n\n${barred([['Kommunstyrelsen', 'X', '', '']])}`);
    expect(r.choices).toEqual(['TN']);
  });

  it('the words decline ("Matrisen är endast ett exempel"): no choice', async () => {
    const r = await read(`${barred([['Tekniska nämnden', 'X', '', '']])}\n\nMatrisen är endast ett exempel. Nämnden avstår från att föreslå någon samordnare.`);
    expect(r.choices).toEqual([]);
    expect(r.stance).toBe('declines');
  });

  it('a matrix of processes, bodies\' names in its cells, marks no body', async () => {
    const matrix = ['Process | Ansvarar (A) | Utför (U) | Informeras (I)', '--------|------|------|------', 'CTC | ASN | ASN, GRN | KS', 'BID | TN | TN, MKB | –'].join('\n');
    expect((await read(`Processerna har i dag dessa ägare.\n\n${matrix}`)).choices).toEqual([]);
  });

  it('a table of two columns is no matrix (no column of another part)', async () => {
    const matrix = ['Aktör | Ansvarar', '------|------', 'Kommunstyrelsen | X', 'Fritidsnämnden | '].join('\n');
    expect((await read(`Se tabellen.\n\n${matrix}`)).review).not.toContain('ansvarsmatris');
  });
});
