/**
 * A chat channel exported as text (src/segment/chat.ts), on channels written here: author lines in
 * two shapes, the moderator's posts, answers for another body, reactions and "edited" notes.
 */
import { describe, expect, it } from 'vitest';
import {
  BEHALF_LINES,
  MAX_BEHALF_WORDS,
  MAX_REACTION_CHARS,
  MIN_CHAT_POSTS,
  answersFor,
  authorOrganisation,
  chatPosts,
  isChatFurniture,
} from '../../src/segment/chat.js';
import { loadRegistry } from '../../src/segment/registry.js';
import { tabulate } from '../../src/analyze/tabulate.js';
import { linesOf, roundFromText } from '../helpers.js';

describe('a chat export', () => {
  it('thresholds stay as set', () => {
    expect({ MIN_CHAT_POSTS, BEHALF_LINES, MAX_BEHALF_WORDS, MAX_REACTION_CHARS }).toEqual({ MIN_CHAT_POSTS: 4, BEHALF_LINES: 2, MAX_BEHALF_WORDS: 8, MAX_REACTION_CHARS: 24 });
  });

  it.each([
    ['[2026-05-02 09:15] Anna Berg (Kulturförvaltningen)', 'Kulturförvaltningen'],
    ['[2026-05-02T09:15] Per Ek (MKB Fastighet AB)', 'MKB Fastighet AB'],
    ['2 maj 09:15 Per Ek (Tekniska nämnden)', 'Tekniska nämnden'],
    ['Lisa Ahl | Serviceförvaltningen | 2 maj 14:03', 'Serviceförvaltningen'],
    ['↳ Svar från Lisa Ahl | Serviceförvaltningen | 14:03', 'Serviceförvaltningen'],
    ['    ↳ Reply from Ola Ny | Stadskontoret | 2026-05-02 14:10', 'Stadskontoret'],
    // A stamped line with no organisation: the channel's own.
    ['[2026-05-02 09:20] Anna Berg lade till Per Ek i kanalen.', ''],
  ])('%j is an author line of %j', (line, org) => {
    expect(authorOrganisation(line)).toBe(org);
  });

  it.each([
    'Vi har möte kl. 10:30 på stadshuset (Stora salen).',
    'Fritidsnämnden | Positiv | Vill leda',
    '1) Förslaget berör oss 2026-05-02 mycket.',
    'Nämnden anser att fritidsnämnden bör leda.',
  ])('%j is no author line', (line) => {
    expect(authorOrganisation(line)).toBeUndefined();
  });

  it.each([
    ['👍 4', true],
    ['❤️ 2   👍 3', true],
    ['? 2', true],
    ['(redigerad)', true],
    ['(edited)', true],
    ['3) KS.', false],
    ['Ja.', false],
  ])('%j is the channel\'s line: %s', (line, furniture) => {
    expect(isChatFurniture(line)).toBe(furniture);
  });

  it('needs this many author lines with an organisation', () => {
    const three = ['[2026-05-02 09:00] A B (Stadskontoret)', 'Fråga?', '[2026-05-02 09:10] C D (Kulturförvaltningen)', 'Svar.', '[2026-05-02 09:20] E F (Fritidsförvaltningen)', 'Svar.'];
    expect(chatPosts(linesOf(three.join('\n')))).toBeUndefined();
    expect(chatPosts(linesOf([...three, '[2026-05-02 09:30] G H (MKB Fastighet AB)', 'Svar.'].join('\n')))?.length).toBe(4);
  });

  it.each([
    ['Jag svarar för kulturförvaltningen, eftersom Maja är ledig.', 'KN'],
    ['Hej! Vi svarar här för Hyresgästföreningen Region Syd.', 'hyresgastforeningen-region-syd'],
    ['Svar från arbetsmarknads- och socialförvaltningen (ASN).', 'ASN'],
    ['Grundskoleförvaltningens svar på grundskolenämndens vägnar', 'GRN'],
    ['Tack för frågan, vi återkommer.', undefined],
  ])('%j answers for %s', (opening, id) => {
    const lines = linesOf(['[2026-05-02 09:15] Anna Berg (Fritidsförvaltningen)', opening, '', '1) Svar.'].join('\n'));
    expect(answersFor(lines, { line: 0, start: 1, end: lines.length, organisation: 'Fritidsförvaltningen' }, loadRegistry())?.id).toBe(id);
  });
});

const CHANNEL = [
  'Export av kanal: Remiss – Lokala trygghetsråd',
  '',
  '[2026-05-02 09:00] Ola Ny (Stadskontoret)',
  'Hej! Svara gärna här på remissens frågor:',
  '1) Vilka samarbeten i er verksamhet berörs av trygghetsråden?',
  '2) Vilken nämnd eller vilket bolag bör samordna trygghetsråden?',
  '👍 3',
  '',
  '[2026-05-02 10:12] Anna Berg (Kulturförvaltningen)',
  '1) Biblioteken deltar redan i Örat mot marken.',
  '2) Kulturnämnden anser att fritidsnämnden bör samordna råden.',
  '(redigerad)',
  '',
  '[2026-05-02 10:40] Ola Ny (Stadskontoret)',
  'Tack Anna! Övriga, glöm inte att svara.',
  '',
  'Per Ek | Fastighets- och gatukontoret | 2 maj 11:05',
  '1) Vi har belysningsinventeringen i Rosengård.',
  '2) Stadskontoret bör samordna råden.',
  '❤️ 2',
  '',
  '[2026-05-02 13:30] Lisa Ahl (Fritidsförvaltningen)',
  'Jag svarar för servicenämnden, eftersom Eva är ledig.',
  '1) Lokalerna i skolorna behöver bokas centralt.',
  '2) Servicenämnden föreslår att MKB samordnar råden.',
  '',
  '[2026-05-03 08:00] Ola Ny (Stadskontoret)',
  'Sammanfattningsvis förordar de flesta fritidsnämnden eller stadskontoret.',
].join('\n');

describe('a chat export read as a round', () => {
  it('each post is its organisation\'s answer (or the one it answers for); the moderator answers nothing', async () => {
    const round = await roundFromText(CHANNEL, 'kanal.txt');
    expect(round.questions).toHaveLength(2);
    expect(round.respondents.map((r) => r.id).sort()).toEqual(['KN', 'SN', 'TN']);
    const t = tabulate(round);
    const choice = (id: string) => t.rows.find((r) => r.respondent === id)!.choices.map((c) => [...t.columns.find((x) => x.id === c)!.members].join('+'));
    expect(choice('KN')).toEqual(['FRN']);
    expect(choice('TN')).toEqual(['KS']);
    expect(choice('SN')).toEqual(['MKB']);
    // The moderator's posts, the reactions and the "edited" notes are the compiler's text; nothing is left over.
    const compiled = round.segments.filter((s) => s.part === 'compilation').map((s) => s.text).join('\n');
    expect(compiled).toContain('Sammanfattningsvis');
    expect(compiled).toContain('(redigerad)');
    expect(round.segments.filter((s) => s.respondent !== null).map((s) => s.text).join('\n')).not.toMatch(/👍|❤️|redigerad|Sammanfattningsvis/u);
    expect(round.segments.some((s) => s.part === 'unattributed')).toBe(false);
  });
});
