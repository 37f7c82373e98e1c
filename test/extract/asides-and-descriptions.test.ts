/**
 * Rules found on the blind round of dense official prose (parenteser-och-inskott), each shown on
 * sentences of our own in several wordings: what an aside between dashes or in brackets holds (a
 * view shared with others, a condition), a description that comes to the body it means
 * ("…, vilket i praktiken pekar på X", "(förslagsvis X)"), a later clause giving a body a
 * supporting part, "behöver" before a passive role verb, a reason opened by ", givet" and a
 * supporting part that a purpose clause says the choice brings.
 */
import { describe, expect, it } from 'vitest';
import { choices, row, table } from './support.js';
import { MAX_ASIDE, asideClose, sharedViewAsides } from '../../src/extract/clauses.js';
import { MAX_RESOLVER_GAP } from '../../src/extract/mentions.js';
import { fold } from '../../src/normalize/fold.js';

const R = 'Fritidsnämnden';

/** The respondent's row in a compilation where the other bodies named have answered too. */
async function read(answer: string): Promise<{ choices: string[]; conditional: boolean; review: string }> {
  const t = await table([
    { name: R, answer },
    { name: 'Tekniska nämnden', answer: 'Kommunstyrelsen bör samordna.' },
    { name: 'Miljönämnden', answer: 'Kommunstyrelsen bör samordna.' },
  ]);
  const r = row(t, 'FRN');
  return { choices: choices(t, 'FRN'), conditional: r.conditional, review: r.review.join(' | ') };
}

describe('the thresholds of these rules', () => {
  it('are pinned', () => {
    expect(MAX_ASIDE).toBe(300);
    expect(MAX_RESOLVER_GAP).toBe(40);
  });
});

describe('where an aside closes', () => {
  const at = (s: string, cue: string): number | undefined => asideClose(fold(s), fold(s).indexOf(cue));
  it.each([
    ['Nämnden anser – i likhet med X – att', 'i likhet', 'Nämnden anser – i likhet med X'.length + 1],
    ['Nämnden anser (liksom X) att', 'liksom', 'Nämnden anser (liksom X'.length],
    ['Nämnden är - under förutsättning att Y - beredd', 'under', 'Nämnden är - under förutsättning att Y'.length + 1],
  ])('%j', (s, cue, expected) => {
    expect(at(s, cue)).toBe(expected);
  });

  it.each([
    // No aside opens right before the cue: a hyphen in a word, a comma, nothing.
    ['Nämnden anser, i likhet med X, att', 'i likhet'],
    ['arbetsmarknads- och socialnämnden', 'och'],
    ['Nämnden anser i likhet med X att', 'i likhet'],
    // An aside that never closes, or closes too far on.
    ['Nämnden anser – i likhet med X att', 'i likhet'],
    [`Nämnden anser (liksom ${'X '.repeat(200)}) att`, 'liksom'],
  ])('none: %j', (s, cue) => {
    expect(at(s, cue)).toBeUndefined();
  });
});

describe('a view shared with other bodies, as an aside, puts none of them forward', () => {
  it.each([
    ['Nämnden anser – i likhet med flera andra nämnder, bland annat tekniska nämnden – att kommunstyrelsen bör samordna arbetet.', ['KS']],
    ['Nämnden anser (liksom miljönämnden) att kommunstyrelsen bör samordna arbetet.', ['KS']],
    ['Vi menar, precis som tekniska nämnden, att ansvaret bör ligga hos kommunstyrelsen.', ['KS']],
    ['Nämnden förordar – på samma sätt som miljönämnden – att samordningen läggs på kommunstyrelsen.', ['KS']],
  ])('%j', async (answer, expected) => {
    const r = await read(answer);
    expect(r.choices).toEqual(expected);
    expect(r.review).toBe('');
  });

  it('after a comma, only where "att" follows the aside: "X, liksom Y, bör …" is no aside', () => {
    const spans = (s: string) => sharedViewAsides(fold(s));
    expect(spans('Vi anser, liksom miljönämnden, att kommunstyrelsen bör samordna.')).toHaveLength(1);
    expect(spans('Kommunstyrelsen, liksom miljönämnden, bör ingå i styrgruppen.')).toEqual([]);
  });
});

describe('a condition between dashes or in brackets ends there; the sentence goes on', () => {
  it.each([
    'Nämnden är – under förutsättning att uppdraget åtföljs av en förstärkt budgetram – beredd att ta på sig det samordnande ansvaret.',
    'Nämnden är (under förutsättning att medel tillförs) beredd att ta på sig samordningen.',
    'Fritidsnämnden kan – förutsatt att ramen räknas upp – åta sig det samordnande ansvaret.',
  ])('%j', async (answer) => {
    const r = await read(answer);
    expect(r.choices).toEqual(['FRN']);
    expect(r.conditional).toBe(true);
  });
});

describe('a description that comes to the body it means', () => {
  it.each([
    ['Det samordnande ansvaret bör ligga hos en aktör med stadsövergripande mandat, vilket i praktiken pekar på kommunstyrelsen.', ['KS']],
    ['Ansvaret bör ges till en aktör med rådighet över hela staden (dock inte tekniska nämnden, vars ansvar är avgränsat), vilket innebär kommunstyrelsen.', ['KS']],
    ['Samordningen bör hållas samman av en nämnd med bred kontaktyta mot föreningslivet (förslagsvis kulturnämnden).', ['KN']],
    ['Samordningen bör ligga hos en nämnd med ansvar för socialtjänsten, lämpligen arbetsmarknads- och socialnämnden.', ['ASN']],
    ['Uppdraget bör gå till en nämnd med lokal närvaro i alla stadsområden, vilket talar för arbetsmarknads- och socialnämnden.', ['ASN']],
  ])('%j', async (answer, expected) => {
    expect((await read(answer)).choices).toEqual(expected);
  });

  it('a description alone stays a description', async () => {
    expect((await read('Ansvaret bör ligga hos en nämnd med bred kontaktyta mot föreningslivet.')).choices).toEqual(['~generic']);
  });
});

describe('a later clause that gives a body a supporting part leaves the choice before it', () => {
  it.each([
    ['Nämnden förordar att ansvaret läggs hos kommunstyrelsen, medan tekniska nämnden bör ha en stödjande roll.', ['KS']],
    ['Kommunstyrelsen bör samordna arbetet, men miljönämnden kan bistå med kunskap om parkerna.', ['KS']],
    ['Vi föreslår kulturnämnden som samordnare; tekniska nämnden bör ha en stödjande roll i frågor om belysning.', ['KN']],
  ])('%j', async (answer, expected) => {
    expect((await read(answer)).choices).toEqual(expected);
  });

  it('a supporting part with no body of its own still makes the whole sentence one', async () => {
    expect((await read('Tekniska nämnden bör även vara med, men som en stödjande aktör.')).choices).toEqual([]);
  });
});

describe('"behöver" before a passive role verb proposes its agent; alone it is no modal', () => {
  it.each([
    ['Samordningen behöver ledas av kommunstyrelsen.', ['KS']],
    ['Arbetet behöver samordnas av kulturnämnden, som har kontakterna.', ['KN']],
    ['Satsningen behöver hållas samman av arbetsmarknads- och socialnämnden.', ['ASN']],
  ])('%j', async (answer, expected) => {
    expect((await read(answer)).choices).toEqual(expected);
  });

  it.each([
    ['Fritidsnämnden tar gärna på sig samordningen. Kulturförvaltningen och serviceförvaltningen behöver vara med i en styrgrupp för lokalerna.', ['FRN']],
    ['Kommunstyrelsen bör ha det samordnande ansvaret. En samordning som omfattar alla nämnder behöver ligga på en nivå över de enskilda facknämnderna.', ['KS']],
  ])('not: %j', async (answer, expected) => {
    expect((await read(answer)).choices).toEqual(expected);
  });
});

describe('", givet …" opens a reason; "ett givet val" is a judgement', () => {
  it.each([
    ['I första hand bör ansvaret ligga hos kommunstyrelsen. Skulle kommunstyrelsen inte vilja ta rollen ser nämnden i andra hand arbetsmarknads- och socialnämnden som ett rimligt alternativ, givet nämndens ansvar för socialtjänsten.', ['ASN', 'KS']],
    ['Kommunstyrelsen bör samordna arbetet, givet dess ansvar för socialtjänstens samverkan med tekniska nämnden.', ['KS']],
    ['Kulturnämnden är ett givet val som samordnare.', ['KN']],
    ['Kommunstyrelsen är det givna valet för rollen.', ['KS']],
  ])('%j', async (answer, expected) => {
    expect((await read(answer)).choices).toEqual(expected);
  });
});

describe('a supporting part in a purpose clause is what the choice brings', () => {
  it.each([
    ['Fritidsnämnden anser att det samordnande ansvaret bör ligga hos fritidsnämnden, så att modellen och områdeslyftet får en gemensam stödfunktion.', ['FRN']],
    ['Kommunstyrelsen bör samordna arbetet för att ge nämnderna en gemensam stödfunktion.', ['KS']],
    ['Ansvaret bör ligga hos kulturnämnden, så att biblioteken kan bistå de lokala råden.', ['KN']],
  ])('%j', async (answer, expected) => {
    expect((await read(answer)).choices).toEqual(expected);
  });
});
