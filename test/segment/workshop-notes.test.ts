/**
 * A remiss workshop's documentation: a list of the bodies taking part under "Deltagare" (each
 * body's line over its people), the questions as the passes of the day set in a table, notes per
 * pass where paragraphs open with the body that spoke, a group's agreed view, and the compiler's
 * own chapter after the notes. Written for the test.
 */
import { describe, expect, it } from 'vitest';
import { roundFromText } from '../helpers.js';
import { tabulate } from '../../src/analyze/tabulate.js';
import { MIN_ANSWERING } from '../../src/analyze/unplaced-role-text.js';

const DOC = (chapterAfter: string) =>
  [
    'MALMÖ STAD',
    'Stadskontoret',
    '',
    'Dokumentation av remissworkshop om parkvärdar',
    '',
    '1. Bakgrund',
    '',
    'Stadskontoret bjöd in remissinstanserna till en workshop i stället för skriftliga yttranden.',
    '',
    '2. Deltagare',
    '',
    'Kulturförvaltningen (kulturnämnden)',
    '   Johanna Berg, verksamhetsutvecklare',
    '',
    'Servicenämnden',
    '   Erik Nilsson, enhetschef',
    '   Amira Haddad, strateg',
    '',
    'Miljöförvaltningen (miljönämnden)',
    '   Daniel Persson, utredare',
    '',
    'Stadskontoret (processledning)',
    '   Helena Brandt, processledare',
    '',
    '3. Upplägg',
    '',
    'Workshopen genomfördes i två pass. Varje pass utgick från en av remissfrågorna:',
    '',
    'Pass 1 (gruppvis)   Fråga 1. Hur ser ni på förslaget om parkvärdar?',
    'Pass 2 (laget runt) Fråga 2. Vilken nämnd bör samordna parkvärdarna?',
    '',
    '4. Anteckningar',
    '',
    '4.1 Pass 1 – Förslaget (fråga 1)',
    '',
    'Kulturförvaltningen framförde att parkvärdar vid biblioteken vore ett lyft.',
    '',
    'Servicenämnden påpekade att kostnaderna måste utredas.',
    '',
    'Miljöförvaltningen betonade att parkerna redan är hårt slitna.',
    '',
    '4.2 Pass 2 – Samordning (fråga 2)',
    '',
    'Gruppen enades om att fritidsnämnden bör få samordningsansvaret för parkvärdarna.',
    '',
    'Kulturförvaltningen meddelade att förvaltningen inte har någon hållning i frågan.',
    '',
    'Servicenämnden förordade att stadskontoret samordnar parkvärdarna.',
    '',
    'Miljöförvaltningen ville höra de andra först.',
    '',
    chapterAfter,
    '',
    'Stadskontoret konstaterar att synen på samordningen går isär och att fritidsnämnden nämndes oftast.',
  ].join('\n');

describe('a workshop\'s documentation', () => {
  it.each(['5 Sammanfattande analys', '5. Stadskontorets bedömning'])('reads the bodies of its notes, not of its list of participants; the chapter after the notes ("%s") is the compiler\'s', async (chapter) => {
    const round = await roundFromText(DOC(chapter), 'dokumentation.txt');
    expect(round.questions.map((q) => q.text)).toEqual(['Hur ser ni på förslaget om parkvärdar?', 'Vilken nämnd bör samordna parkvärdarna?']);
    expect(round.respondents.map((r) => r.id).sort()).toEqual(['KN', 'MN', 'SN']);
    const sn = round.segments.find((s) => s.respondent === 'SN' && s.question === 'Q2');
    expect(sn?.text).toMatch(/^Servicenämnden förordade/);
    expect(round.segments.some((s) => s.respondent !== null && s.text.includes('Stadskontoret konstaterar'))).toBe(false);
  });

  it('the group\'s agreed view, of no body, flags the rows of those answering around it', async () => {
    expect(MIN_ANSWERING).toBe(2);
    const t = tabulate(await roundFromText(DOC('5 Sammanfattande analys'), 'dokumentation.txt'));
    const row = (id: string) => t.rows.find((r) => r.respondent === id)!;
    expect(row('SN').choices).toEqual(['KS']);
    for (const id of ['KN', 'MN', 'SN']) expect(row(id).review.join(' ')).toContain('Gruppen enades om att fritidsnämnden');
  });
});
