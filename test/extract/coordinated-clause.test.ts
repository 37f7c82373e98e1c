/**
 * ", och" before a body with its own finite verb opens a main clause of its own
 * (data/lexicon/structure.json coordinatedClause): that body is the subject of what follows, not a
 * partner of the body proposed before. A list — with or without a comma before "och" — stays one
 * choice. Sentences written for this test, in several wordings.
 */
import { describe, expect, it } from 'vitest';
import { MAX_ADVERBS, clauses } from '../../src/extract/clauses.js';
import { findMentions } from '../../src/extract/mentions.js';
import { fold } from '../../src/normalize/fold.js';
import { loadStructure } from '../../src/normalize/structure.js';
import { choices, table } from './support.js';

const SPEAKER = { id: 'KN', name: 'Kulturnämnden', kind: 'namnd', known: true };

/** The sentence cut into clauses, each as its text. */
function cut(sentence: string): string[] {
  const folded = fold(sentence);
  return clauses(folded, findMentions(sentence, folded, SPEAKER)).map((c) => sentence.slice(c.start, c.end).trim());
}

describe('a coordinated main clause is a clause of its own', () => {
  it.each([
    ['Samordningen bör ligga hos kommunstyrelsen, och MKB medverkar gärna i genomförandet.', ['Samordningen bör ligga hos kommunstyrelsen', ', och MKB medverkar gärna i genomförandet.']],
    ['Vi föreslår fritidsnämnden, och kulturnämnden bidrar med sina mötesplatser.', ['Vi föreslår fritidsnämnden', ', och kulturnämnden bidrar med sina mötesplatser.']],
    ['Nämnden anser att stadskontoret bör leda arbetet, och servicenämnden kan också bistå med lokaler.', ['Nämnden anser att stadskontoret bör leda arbetet', ', och servicenämnden kan också bistå med lokaler.']],
    ['Ansvaret ska ligga hos en nämnd med ett stadsövergripande uppdrag, och fastighetsnämnden står gärna till tjänst i bostadsområdena.', ['Ansvaret ska ligga hos en nämnd med ett stadsövergripande uppdrag', ', och fastighetsnämnden står gärna till tjänst i bostadsområdena.']],
  ])('%j', (sentence, expected) => {
    expect(cut(sentence)).toEqual(expected);
  });
});

describe('a coordinated main clause whose subject names no body', () => {
  it.each([
    ['Arbetet berör skolan, socialtjänsten och bostadsbolagen, och samordningen bör därför ligga hos kommunstyrelsen.', ['Arbetet berör skolan, socialtjänsten och bostadsbolagen', ', och samordningen bör därför ligga hos kommunstyrelsen.']],
    ['Planen rör MKB och kulturnämnden, och ansvaret ska enligt oss vila på fritidsnämnden.', ['Planen rör MKB och kulturnämnden', ', och ansvaret ska enligt oss vila på fritidsnämnden.']],
  ])('%j', (sentence, expected) => {
    expect(cut(sentence)).toEqual(expected);
  });

  it.each([
    ['Arbetet berör skolan, Föreningen Gården och MKB, och ansvaret bör därför ligga hos fritidsnämnden.', ['FRN']],
    ['Handlingsplanen spänner över skolan, socialtjänsten och bostadsbolagen, och samordningen bör ligga hos kommunstyrelsen.', ['KS']],
  ])('the bodies before it are no partners: %j', async (answer, want) => {
    expect(choices(await table([{ name: 'Kulturnämnden', answer }]), 'KN')).toEqual(want);
  });
});

describe('a list of bodies is not cut', () => {
  it.each([
    ['Fritidsnämnden, kulturnämnden, och MKB bör gemensamt samordna arbetet.'], // one subject: no verb before the comma
    ['Vi föreslår fritidsnämnden och kulturnämnden gemensamt.'], // no comma
    ['Vi föreslår fritidsnämnden, och kulturnämnden.'], // no verb after the body
    ['Rollen bör ligga hos kommunstyrelsen, och inte hos MKB.'], // no body right after "och"
    ['Samordningen bör ligga hos kommunstyrelsen, och fritidsnämnden eller kulturnämnden.'], // a list word, not a verb
    ['Ansvaret bör delas mellan kommunstyrelsen, och fritidsnämnden under en övergångsperiod.'], // a preposition
    ['Vi föreslår stadskontoret, och kulturnämnden bidrar.'], // no clause after the guessed verb: cut only by a known verb
    ['Vi föreslår stadskontoret, och MKB:s hyresgästvärdar kan hjälpa till.'], // after a genitive the subject is the noun, its verb not read
  ])('%j', (sentence) => {
    expect(cut(sentence)).toEqual([sentence]);
  });
});

describe('in the table', () => {
  it('the body of the coordinated clause is no partner of the proposal', async () => {
    const t = await table([
      { name: 'Kulturnämnden', answer: 'Samordningen bör ligga hos kommunstyrelsen, och MKB medverkar gärna i det lokala arbetet.' },
      { name: 'Servicenämnden', answer: 'Vi föreslår att fritidsnämnden får rollen, och kulturnämnden bidrar med sina lokaler.' },
      { name: 'Miljönämnden', answer: 'Fritidsnämnden, kulturnämnden, och MKB bör gemensamt få den samordnande rollen.' },
    ]);
    expect(choices(t, 'KN')).toEqual(['KS']);
    expect(choices(t, 'SN')).toEqual(['FRN']);
    expect(choices(t, 'MN')).toEqual(['FRN+KN+MKB']);
  });

  it('the conjunctions and present-tense endings are data, pinned', () => {
    const { conjunctions, presentTenseEndings } = loadStructure().coordinatedClause;
    expect([...conjunctions]).toEqual(['och']);
    expect(presentTenseEndings).toEqual(['ar', 'er', 'ir', 'or']);
    expect(loadStructure().coordinatedClause.notVerbs.has('eller')).toBe(true);
    expect(MAX_ADVERBS).toBe(3);
    expect(cut('Vi föreslår fritidsnämnden, och även kulturnämnden kan också bidra.')).toHaveLength(2);
  });

  it('a sentence of thousands of bodies and adverbs is read in linear time', () => {
    const unit = 'Vi föreslår fritidsnämnden, och kulturnämnden också också också också bidrar. ';
    // CPU milliseconds, the least of three runs: a single run of some ten milliseconds is at the
    // mercy of the machine (the suite runs files side by side). A quadratic reading of 8000 units
    // would take seconds; the floor only absorbs noise.
    const time = (n: number): number => {
      const text = unit.repeat(n);
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const t = process.cpuUsage();
        cut(text);
        const u = process.cpuUsage(t);
        best = Math.min(best, (u.user + u.system) / 1000);
      }
      return best;
    };
    time(200);
    expect(time(8000)).toBeLessThan(Math.max(400, time(2000) * 6));
  });
});
