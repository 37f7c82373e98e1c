/**
 * A compilation's list of abstentions ("Remissinstanser som avstått från att yttra sig" /
 * "Kulturnämnden – avstår, inga synpunkter"): each entry is its body's answer. And a sändlista in
 * groups under labels of their own names no respondent. Layouts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { roundFromText } from '../helpers.js';
import { MAX_ENTRY_WORDS } from '../../src/segment/abstentions.js';
import { MAX_GROUP_LABEL_WORDS } from '../../src/segment/furniture-lines.js';

const QUESTIONS = ['Remissfrågor:', '1. Hur ser ni på förslaget?', '2. Vilken nämnd bör ha det samordnande ansvaret?'];
/** Fritidsnämnden's answer, the one every round here has. */
const ANSWER = ['Fritidsnämnden', '', 'Fråga 1', 'Nämnden ser positivt på förslaget.', '', 'Fråga 2', 'Nämnden föreslår kulturnämnden.'];

const compiled = (section: string, entries: string[]) =>
  [
    'Sammanställning av remissvar',
    '',
    ...QUESTIONS,
    '',
    ...ANSWER,
    '',
    section,
    '',
    'Följande remissinstanser har meddelat att de inte lämnar något yttrande.',
    '',
    ...entries.flatMap((e) => [e, '']),
  ].join('\n');

describe('a listed abstention is its body’s answer', () => {
  it('the limit is pinned', () => {
    expect(MAX_ENTRY_WORDS).toBe(60);
    expect(MAX_GROUP_LABEL_WORDS).toBe(3);
  });

  it.each([
    ['Remissinstanser som avstått från att yttra sig', ['Kulturnämnden – avstår, inga synpunkter (e-post 2026-06-02).', 'Miljönämnden: avstår från att yttra sig.', 'Servicenämnden – avstår. Förvaltningen bidrar inom sitt uppdrag.'], ['KN', 'MN', 'SN']],
    ['Remissinstanser utan synpunkter', ['Tekniska nämnden – inget att erinra.', 'Region Skåne – lämnar inget yttrande i ärendet.'], ['TN', 'region-skane']],
  ])('under "%s"', async (section, entries, ids) => {
    const r = await roundFromText(compiled(section, entries));
    expect(r.respondents.map((x) => x.id)).toEqual(['FRN', ...ids]);
    for (const id of ids) {
      expect(r.respondents.find((x) => x.id === id)?.noObjection).toBe(true);
      expect(r.segments.filter((s) => s.respondent === id).length).toBe(1);
    }
    // The section's own sentence stays the compiler's.
    expect(r.segments.find((s) => /Följande remissinstanser/.test(s.text))?.part).toBe('compilation');
  });

  it.each([
    // A list of bodies that never answered, and entries that say something else.
    'Kulturnämnden, Miljönämnden och Servicenämnden har inte svarat.',
    'Kulturnämnden – svar inkom 2026-06-02 och redovisas ovan.',
    'Påminnelse – skickad till alla som inte svarat.',
  ])('no abstention: %j', async (entry) => {
    const r = await roundFromText(compiled('Remissinstanser', [entry]));
    expect(r.respondents.map((x) => x.id)).toEqual(['FRN']);
  });
});

describe('a sändlista in groups', () => {
  it('names no respondent, whatever group a body is listed under', async () => {
    const text = [
      'Remiss om samordnad plan',
      '',
      ...QUESTIONS,
      '',
      'Sändlista',
      '',
      '',
      'Nämnder',
      '  Kulturnämnden',
      '  Miljönämnden',
      '',
      'Kommunala bolag',
      '  MKB Fastighet AB',
      '  Malmö Stadsteater AB',
      '',
      'Externa remissinstanser',
      '  Region Skåne',
      '',
      '',
      ...ANSWER,
    ].join('\n');
    const r = await roundFromText(text);
    expect(r.respondents.map((x) => x.id)).toEqual(['FRN']);
  });
});
