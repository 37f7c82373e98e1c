/**
 * What a sentence names that is not the respondent's proposal in this answer, each in several
 * wordings of our own: its position in an earlier answer, views reported without their holder,
 * a case supposed ("Skulle X …", "och om X skulle …") and a seat in a group.
 */
import { describe, expect, it } from 'vitest';
import { choices, row, table } from './support.js';
import { SECOND_VERB_OBJECT_WORDS, SECOND_VERB_WORDS } from '../../src/extract/mentions.js';

/** The choices of one respondent (Kulturnämnden) answering with `answer`. */
async function chosen(answer: string): Promise<{ choices: string[]; row: ReturnType<typeof row> }> {
  const t = await table([{ name: 'Kulturnämnden', answer }]);
  return { choices: choices(t, 'KN'), row: row(t, 'KN') };
}

describe('the position of an earlier answer (coordination.json earlierAnswer, pastProposal)', () => {
  it.each([
    'I vårt förra yttrande föreslog vi att MKB skulle leda arbetet. Nu förordar vi att fritidsnämnden får rollen.',
    'I förra remissomgången förordade nämnden att servicenämnden skulle samordna. Efter revideringen anser vi att fritidsnämnden bör samordna arbetet.',
    'Nämnden ansåg i sitt yttrande i oktober att MKB borde ansvara för samordningen. Fritidsnämnden bör nu ta över rollen.',
  ])('is history beside the present proposal: %j', async (answer) => {
    expect((await chosen(answer)).choices).toEqual(['FRN']);
  });

  it('alone, it proposes nothing', async () => {
    const r = await chosen('I förra remissomgången föreslog nämnden att MKB skulle samordna arbetet. Den frågan har nu lösts på annat sätt.');
    expect(r.choices).toEqual([]);
  });

  it.each([
    'Nämnden står fast vid sitt tidigare yttrande och anser att fritidsnämnden bör leda arbetet.',
    'Liksom i vårt förra yttrande föreslår vi att fritidsnämnden leder arbetet.',
  ])('kept or said again in the present, it is this answer: %j', async (answer) => {
    expect((await chosen(answer)).choices).toEqual(['FRN']);
  });
});

describe('views reported without their holder (coordination.json impersonalReport)', () => {
  it.each([
    'Vid tidigare möten har det förts fram att MKB skulle kunna leda arbetet. Nämnden anser att fritidsnämnden bör samordna.',
    'Det har framförts att servicenämnden borde ansvara för samordningen. Nämnden föreslår att fritidsnämnden får rollen.',
    'I samrådet föreslogs det att MKB skulle samordna. Vi förordar fritidsnämnden.',
  ])('%j', async (answer) => {
    expect((await chosen(answer)).choices).toEqual(['FRN']);
  });
});

describe('a case supposed, not proposed (coordination.json conditionalOpener, hypotheticalModal)', () => {
  it.each([
    'Skulle MKB ta på sig samordningen vore det ett tecken på engagemang. Nämnden bedömer ändå att fritidsnämnden bör leda arbetet.',
    'Vore servicenämnden beredd att samordna, skulle det underlätta. Nämnden föreslår dock fritidsnämnden.',
    'Ansvaret är splittrat i dag, och om samordningen skulle läggas på MKB riskerar arbetet att tappa fart. Fritidsnämnden bör därför leda.',
    'Nämnden är tveksam, men om rollen skulle ges till en nämnd utan lokal närvaro blir det svårt. Vi föreslår fritidsnämnden.',
  ])('%j', async (answer) => {
    const r = await chosen(answer);
    expect(r.choices).toEqual(['FRN']);
    expect(r.row.conditional).toBe(false);
  });

  it('a sentence opened by its verb is a condition of the proposal after it', async () => {
    const r = await chosen('Skulle nämnden tillföras medel, bör fritidsnämnden leda arbetet.');
    expect(r.choices).toEqual(['FRN']);
    expect(r.row.conditional).toBe(true);
  });

  it('"om" as "about" before "skulle" opens nothing', async () => {
    const r = await chosen('Frågan om vem som skulle leda arbetet har diskuterats länge; nämnden föreslår att fritidsnämnden får rollen.');
    expect(r.choices).toEqual(['FRN']);
  });
});

describe('a seat in a group is no role (coordination.json participation)', () => {
  it.each([
    'Servicenämnden bör ingå i styrgruppen, och fritidsnämnden bör leda arbetet.',
    'MKB bör få en plats i styrgruppen. Fritidsnämnden bör samordna.',
    'Fritidsnämnden bör samordna arbetet. Servicenämnden deltar gärna i den samordningsgrupp som bildas.',
  ])('%j', async (answer) => {
    expect((await chosen(answer)).choices).toEqual(['FRN']);
  });

  it('the respondent taking a seat proposes no one', async () => {
    const r = await chosen('Nämnden deltar gärna i den samordningsgrupp som planen föreslår.');
    expect(r.choices).toEqual([]);
    expect(r.row.stance).not.toBe('proposes');
  });
});

describe('the respondent saying it through a second verb is no choice (mentions.ts saysInSecondVerb)', () => {
  it('reads "och <verb of saying> att" within this many words of the subject', () => {
    expect(SECOND_VERB_WORDS).toBe(10);
    expect(SECOND_VERB_OBJECT_WORDS).toBe(2);
  });

  it.each([
    'Nämnden har läst förslaget och anser att fritidsnämnden bör leda arbetet.',
    'Vi har läst hälsa-, vård- och omsorgsnämndens yttrande och anser att fritidsnämnden bör samordna arbetet.',
    'Nämnden står fast vid sin bedömning och anser att fritidsnämnden bör leda arbetet.',
    'Kulturnämnden har tagit del av remissen och menar därför att fritidsnämnden bör samordna.',
    'Vi har följt arbetet länge och bedömer att fritidsnämnden ska få rollen.',
  ])('%j', async (answer) => {
    expect((await chosen(answer)).choices).toEqual(['FRN']);
  });

  it('a body that is the subject of the role verb itself is still chosen', async () => {
    expect((await chosen('Nämnden har resurserna och bör därför leda arbetet.')).choices).toEqual(['KN']);
  });
});

describe("the respondent's tag on what it wrote into the quoted remiss speaks (mentions.ts isSpeaker)", () => {
  it.each([
    '[Kulturnämnden:] Vi anser att fritidsnämnden bör samordna arbetet.',
    '[Kulturnämnden] Fritidsnämnden bör samordna arbetet.',
    'Kulturnämnden: fritidsnämnden bör samordna arbetet.',
  ])('%j', async (answer) => {
    const r = await chosen(answer);
    expect(r.choices).toEqual(['FRN']);
    expect(r.row.review).toEqual([]);
  });
});

describe('"inte X, utan att …" with a modal is "but that" (preferences.ts butThat)', () => {
  it('reads the modal within this many words of "utan att"', async () => {
    const { BUT_THAT_WORDS } = await import('../../src/extract/preferences.js');
    expect(BUT_THAT_WORDS).toBe(5);
  });

  it.each([
    ['Nämnden menar att ledningen inte bör läggas på MKB ensamt, utan att arbetet bör samordnas av fritidsnämnden.', ['FRN']],
    ['Vi anser inte att servicenämnden ska leda, utan att uppdraget ska ges till fritidsnämnden.', ['FRN']],
    ['Ansvaret bör inte ligga hos MKB utan att fritidsnämnden först har fått medel.', []],
  ])('%j', async (answer, expected) => {
    expect((await chosen(answer)).choices).toEqual(expected);
  });
});

describe('an answer\'s inline label is no part of its first sentence (clauses.ts sentenceLead)', () => {
  it.each([
    'Fråga 3: Under förutsättning att medel förs över till nämnden i samband med budget 2027 är kulturförvaltningen beredd att leda arbetet.',
    'Svar på fråga 2. Om medel tillförs är Kulturnämnden beredd att leda arbetet.',
    'Remissfråga 3 – Förutsatt att resurser tillförs är nämnden beredd att samordna arbetet.',
    // A question's lettered part, alone or after its number.
    'a) Under förutsättning att medel tillförs är kulturnämnden beredd att leda arbetet.',
    'Fråga 3 a) Om resurser tillförs är nämnden beredd att samordna arbetet.',
    '3 b: Förutsatt att medel förs över är nämnden beredd att leda arbetet.',
  ])('a condition after the label still opens the sentence: %j', async (answer) => {
    const r = await chosen(answer);
    expect(r.choices).toEqual(['KN']);
    expect(r.row.conditional).toBe(true);
  });
});

describe('whom the work reports to is not put in the role (coordination.json reportsTo)', () => {
  it.each([
    'Fritidsnämnden bör leda arbetet, med en gemensam årlig redovisning till kommunstyrelsen.',
    'Fritidsnämnden bör samordna trygghetsråden och vara ansvarig inför kommunstyrelsen.',
    'Arbetet bör ledas av fritidsnämnden och redovisas för servicenämnden varje år.',
  ])('%j', async (answer) => {
    expect((await chosen(answer)).choices).toEqual(['FRN']);
  });
});

describe('a verdict on the proposal, then the respondent\'s own offer or assent', () => {
  it.each([
    // The respondent speaks ("tillstyrker"), then offers itself with no other body in the clause.
    ['Kulturnämnden tillstyrker förslaget och är beredd att åta sig samordningsansvaret.', ['KN']],
    ['Kulturnämnden föreslår detta och tar gärna på sig rollen.', ['KN']],
    ['Kulturnämnden tillstyrker förslaget.', []],
    // No objection is assent (coordination.json stanceFrame, negationNot).
    ['Nämnden har inga invändningar mot att fritidsnämnden ges samordningsansvaret.', ['FRN']],
    ['Kulturnämnden har inget att invända mot att servicenämnden ges huvudansvaret.', ['SN']],
    ['Nämnden har inga invändningar mot förslaget, men stadskontoret bör leda arbetet.', ['KS']],
    // The reflexive after an inverted subject is the speaker too ("ansluter vi oss till").
    ['När det gäller samordningen ansluter vi oss till förslaget att fritidsnämnden ges rollen.', ['FRN']],
    ['Därför ställer vi oss bakom att servicenämnden ges rollen.', ['SN']],
    ['Samordningen tar vi gärna på oss.', ['KN']],
  ])('%j', async (answer, want) => {
    expect((await chosen(answer)).choices).toEqual(want);
  });
});

describe('a body\'s unit named in the genitive stands for the body (coordination.json unitNoun)', () => {
  it.each([
    ['Kulturnämnden föreslår att samordningen läggs gemensamt på kulturförvaltningens enhet för stadsutveckling och fritidsnämnden.', ['FRN+KN']],
    ['Samordningen bör ligga hos stadskontorets avdelning för social hållbarhet.', ['KS']],
    ['Kommunstyrelsens arbetsutskott bör leda arbetet.', ['KS']],
    // A genitive before anything else owns it, and is not put forward.
    ['Servicenämndens förslag om parkvärdar är bra, men fritidsnämnden bör leda arbetet.', ['FRN']],
  ])('%j', async (answer, want) => {
    expect((await chosen(answer)).choices).toEqual(want);
  });
});

describe('a role given in a clause of consequence after a modal (coordination.json consequenceRole)', () => {
  it.each([
    ['Kulturnämnden anser att ansvaret bör delas, så att fritidsnämnden och kulturnämnden gemensamt ansvarar för samordningen.', ['FRN+KN']],
    ['Samordningen bör organiseras så att servicenämnden leder arbetet.', ['SN']],
    // No modal before it: how the work is organised today, no proposal.
    ['Arbetet är i dag organiserat så att fritidsnämnden leder det.', []],
  ])('%j', async (answer, want) => {
    expect((await chosen(answer)).choices).toEqual(want);
  });
});

describe('proposals in sentences of their own, none ranked, are flagged (labels.reviewSeveralUnranked)', () => {
  const several = (r: { row: { review: string[] } }): boolean => r.row.review.some((x) => x.includes('olika meningar'));
  it('a later sentence that may revise an earlier one', async () => {
    const r = await chosen('Nämnden ställer sig bakom att fritidsnämnden ges samordningsansvaret. Nämnden anser emellertid att ansvaret bör delas, så att fritidsnämnden och kulturnämnden gemensamt ansvarar för samordningen.');
    expect(r.choices).toEqual(['FRN', 'FRN+KN']);
    expect(several(r)).toBe(true);
  });

  it.each([
    'Nämnden föreslår i första hand fritidsnämnden. I andra hand bör servicenämnden samordna arbetet.',
    'Fritidsnämnden eller servicenämnden bör samordna arbetet.',
    'Fritidsnämnden bör samordna arbetet. Nämnden vill betona att uppdraget behöver finansieras.',
  ])('%j: not flagged so', async (answer) => {
    expect(several(await chosen(answer))).toBe(false);
  });
});

describe('the body left to choose is not put in the role (coordination.json decider)', () => {
  it.each([
    'Vem som ska samordna arbetet med programmet är ytterst en fråga för kommunstyrelsen att avgöra.',
    'Vilken nämnd som ska leda arbetet får kommunstyrelsen ta ställning till.',
    'Nämnden överlåter åt kommunstyrelsen att bestämma vem som ska samordna.',
    'Samordningsansvaret bör avgöras av kommunfullmäktige när programmet antas.',
  ])('%j: no proposal', async (answer) => {
    const r = await chosen(answer);
    expect(r.choices).toEqual([]);
  });

  it.each([
    ['Fritidsnämnden bör samordna arbetet, men det är ytterst en fråga för kommunstyrelsen att avgöra.', ['FRN']],
    ['Det får kommunstyrelsen avgöra, men nämnden förordar att servicenämnden leder arbetet.', ['SN']],
  ])('%j: the proposal beside it is read', async (answer, want) => {
    expect((await chosen(answer)).choices).toEqual(want);
  });
});

describe('a proposal in the present passive puts its agent in the role (coordination.json passiveRole)', () => {
  it.each([
    ['Vi föreslår att arbetet leds av fritidsnämnden.', ['FRN']],
    ['Nämnden föreslår att arbetet leds gemensamt av fritidsnämnden och kulturnämnden.', ['FRN+KN']],
    // A committee's office writes its answer (a tjänsteskrivelse): its proposal is the committee's.
    ['Förvaltningen föreslår därför att arbetet leds gemensamt av stadskontoret och Region Skåne, exempelvis inom ledningsgruppen.', ['KS+region-skane']],
    ['Förvaltningen föreslår att fritidsnämnden leder arbetet.', ['FRN']],
    ['Nämnden föreslår att samordningen sköts av servicenämnden.', ['SN']],
  ])('%j', async (answer, want) => {
    expect((await chosen(answer)).choices).toEqual(want);
  });
});

describe('a condition two sentences on, its subject the proposal itself (preferences.ts namesOwnPosition)', () => {
  it('reads a subject of at most this many words', async () => {
    const { POSITION_SUBJECT_WORDS } = await import('../../src/extract/preferences.js');
    expect(POSITION_SUBJECT_WORDS).toBe(3);
  });

  it.each([
    'Nämnden förordar att fritidsnämnden ges ansvaret. Frågorna berör alla nämnder och kräver ett mandat. Nämndens ställningstagande förutsätter dock att resurser tillförs.',
    'Vi föreslår att fritidsnämnden leder arbetet. Nämnden har lång erfarenhet av lokalt arbete. Vårt förslag förutsätter att uppdraget finansieras.',
  ])('%j', async (answer) => {
    const r = await chosen(answer);
    expect(r.choices).toEqual(['FRN']);
    expect(r.row.conditional).toBe(true);
  });

  it('a requirement on the work two sentences on is no condition of the proposal', async () => {
    const r = await chosen('Vi föreslår att fritidsnämnden leder arbetet. Nämnden har lång erfarenhet av lokalt arbete. Samverkan med skolorna förutsätter att rektorerna deltar.');
    expect(r.row.conditional).toBe(false);
  });
});

describe('the respondent by its own name as a ranked alternative (preferences.ts, lower rank after a first choice)', () => {
  it.each([
    ['Nämnden anser att ansvaret i första hand bör ligga hos kommunstyrelsen. I andra hand kan kulturnämnden vara samordnande.', ['KS', 'KN']],
    ['I första hand bör kommunstyrelsen samordna arbetet. I andra hand kan Kulturnämnden ha den samordnande rollen.', ['KS', 'KN']],
  ])('is that alternative where the sentence speaks of the role: %j', async (answer, ranked) => {
    const r = await chosen(answer);
    expect(r.row.ranked).toBe(true);
    expect([...r.choices].sort()).toEqual([...ranked].sort());
  });

  it.each([
    'Nämnden anser att ansvaret i första hand bör ligga hos kommunstyrelsen. I andra hand bidrar Kulturnämnden gärna med lokaler.',
    'Nämnden anser att ansvaret i första hand bör ligga hos kommunstyrelsen. I andra hand ser Kulturnämnden gärna att arbetet följs upp.',
  ])('not where it only speaks or offers help: %j', async (answer) => {
    expect((await chosen(answer)).choices).toEqual(['KS']);
  });
});

describe('agreeing with a view on the role whose holder is not read is flagged, not silent', () => {
  it.each([
    'Vad gäller samordningen ansluter sig rådet till den bedömning i samordningsfrågan som görs i nämndens förslag till yttrande.',
    'När det gäller samordningsansvaret delar nämnden den uppfattning som framförts i beredningen.',
  ])('%j', async (answer) => {
    const r = await chosen(answer);
    expect(r.choices).toEqual([]);
    expect(r.row.review.length).toBeGreaterThan(0);
  });
});

describe('a lower-ranked choice with no first one is flagged', () => {
  it.each([
    'Ansvaret bör i första hand bäras av bolagen gemensamt. I andra hand förordar nämnden att fritidsnämnden tar på sig rollen.',
    'I första hand bör de idéburna organisationerna leda arbetet. I andra hand kan fritidsnämnden samordna det.',
  ])('%j', async (answer) => {
    const r = await chosen(answer);
    expect(r.choices).toContain('FRN');
    expect(r.row.review.join(' ')).toMatch(/i andra hand lästes men inget i första hand/);
  });

  it('not where the first choice was read', async () => {
    const r = await chosen('I första hand bör servicenämnden leda arbetet. I andra hand kan fritidsnämnden samordna det.');
    expect(r.row.review.join(' ')).not.toMatch(/inget i första hand/);
  });
});

it('a first choice of a body not read, alone, is flagged too', async () => {
  const t = await table([{ name: 'Kulturnämnden', answer: 'Ansvaret bör i första hand bäras av de idéburna organisationerna gemensamt.' }]);
  expect(choices(t, 'KN')).toEqual([]);
  expect(row(t, 'KN').review.length).toBeGreaterThan(0);
});

describe('"inte en facknämnd utan hos X": "utan" ends a description when it means "but"', () => {
  it.each([
    ['Samordningen bör inte ligga hos en facknämnd utan hos servicenämnden.', ['SN']],
    ['Ansvaret bör inte ges till ett bolag utan till fritidsnämnden.', ['FRN']],
  ])('%j', async (answer, expected) => {
    expect((await chosen(answer)).choices).toEqual(expected);
  });

  it('"en nämnd utan erfarenhet av …" stays one description', async () => {
    const r = await chosen('Samordningen bör inte läggas på en nämnd utan erfarenhet av målgruppen. Fritidsnämnden bör leda arbetet.');
    expect(r.choices).toEqual(['FRN']);
  });
});

describe('what the work requires, said after the proposal (preferences.ts workRequires)', () => {
  it.each([
    'Samordningen bör ligga hos tekniska nämnden. Handlingsplanen förutsätter att flera nämnder omprioriterar i sina budgetar.',
    'Tekniska nämnden bör leda arbetet. Arbetet förutsätter att alla nämnder bidrar med personal.',
    'Vi föreslår tekniska nämnden. Satsningen förutsätter dock ett långsiktigt stöd från staden.',
    // The proposal's own object (coordination.json workSubject), also as the first of two verbs' subject.
    'Tekniska nämnden bör leda arbetet. Modellen berör samtliga nämnder och förutsätter beslut som ingen facknämnd kan fatta.',
    'Vi föreslår tekniska nämnden. Programmet förutsätter ett nära samarbete med polisen.',
    'Tekniska nämnden bör samordna. Strategin förutsätter att bolagen deltar.',
  ])('is no condition of it, and the row says so: %j', async (answer) => {
    const r = await chosen(answer);
    expect(r.choices).toEqual(['TN']);
    expect(r.row.conditional).toBe(false);
    expect(r.row.review.join(' ')).toContain('vad arbetet förutsätter');
  });

  it.each([
    'Tekniska nämnden bör leda arbetet. Det förutsätter att nämnden tillförs medel.',
    'Tekniska nämnden bör leda arbetet. Vårt förslag förutsätter att nämnden tillförs medel.',
  ])('a condition of the proposal still is one: %j', async (answer) => {
    const r = await chosen(answer);
    expect(r.choices).toEqual(['TN']);
    expect(r.row.conditional).toBe(true);
  });
});

describe('one body pointed back at (coordination.json anaphoraOne)', () => {
  it.each([
    ['Under förutsättning att tekniska nämnden tillförs resurser bör samordningen ligga hos den nämnden.', ['TN']],
    ['Tekniska nämnden har kunskapen. Samordningen bör därför ligga hos den nämnden.', ['TN']],
    ['MKB äger de flesta lokalerna, och det bolaget bör därför samordna arbetet.', ['MKB']],
    ['Fritidsnämnden och tekniska nämnden har båda erfarenhet, men den sistnämnda bör leda arbetet.', ['TN']],
  ])('%j → %j', async (answer, expected) => {
    expect((await chosen(answer)).choices).toEqual(expected);
  });
});

describe('"därför att" after a verb of saying and its inverted subject is "therefore … that" (clauses.ts blankReasons)', () => {
  it.each([
    ['I första hand anser nämnden därför att ansvaret ska ligga hos tekniska nämnden.', ['TN']],
    ['Sammantaget menar vi därför att tekniska nämnden bör samordna arbetet.', ['TN']],
    ['Mot den bakgrunden bedömer kulturnämnden därför att tekniska nämnden bör leda arbetet.', ['TN']],
  ])('%j', async (answer, expected) => {
    expect((await chosen(answer)).choices).toEqual(expected);
  });

  it('"därför att" after a proposal is still its reason', async () => {
    expect((await chosen('Tekniska nämnden bör leda arbetet därför att fritidsnämnden saknar resurser.')).choices).toEqual(['TN']);
  });
});

describe('another task, where the question names no function of its own (preferences.ts otherFunction)', () => {
  const QUESTIONS = ['Hur ser ni på förslaget?', 'Vem bör vara huvudman för arbetet och äga frågan i staden?'];
  async function rowOf(answer: string) {
    const { buildRound } = await import('../../src/round.js');
    const { tabulate } = await import('../../src/analyze/tabulate.js');
    const text = ['Kulturnämnden', '', 'Fråga 1', 'Förslaget är bra.', '', 'Fråga 2', answer, ''].join('\n');
    return tabulate(await buildRound([{ path: 'kn.txt', bytes: Buffer.from(text) }], { questions: QUESTIONS })).rows[0];
  }

  it('reads the work named this far into the object: pinned', async () => {
    const { OBJECT_TASK_CHARS } = await import('../../src/extract/preferences.js');
    expect(OBJECT_TASK_CHARS).toBe(60);
  });

  it.each([
    'Tekniska nämnden bör ansvara för belysningen vid skolorna. Fritidsnämnden borde ha mandatet att leda arbetet.',
    'Fritidsnämnden bör vara huvudman. Tekniska nämnden bör däremot ansvara för driften av parkerna.',
  ])('is another function beside the proposal: %j', async (answer) => {
    const r = await rowOf(answer);
    expect(r.choices).toEqual(['FRN']);
    expect(r.comment).toMatch(/annan funktion/);
  });

  it.each([
    'Tekniska nämnden bör ansvara för genomförandet av handlingsplanen.',
    'Tekniska nämnden bör ansvara för samordningen av de lokala grupperna.',
    'Tekniska nämnden bör ansvara för arbetet.',
  ])('the work at hand or the role itself is the question\'s: %j', async (answer) => {
    const r = await rowOf(answer);
    expect(r.choices).toEqual(['TN']);
    expect(r.review.join(' ')).not.toMatch(/andra ord än frågans/);
  });
});
