/**
 * Rules found on the blind rounds of the session after stop 32, each shown on sentences of our own
 * in several wordings: others' views reported inside an answer, one role split by scope, today's
 * order kept, a degree too great, offers of oneself, the respondent's own document quoted, and a
 * clause before a dash that is no label.
 */
import { describe, expect, it } from 'vitest';
import { choices, row, table } from './support.js';
import { blankAll } from '../../src/extract/clauses.js';
import { MAX_JOINED_SPEAKERS, MAX_OTHERS_VIEW_WORDS } from '../../src/extract/mentions.js';
import { MAX_LABEL_JOIN_WORDS } from '../../src/extract/preferences.js';
import { MAX_SPLIT_BODIES } from '../../src/extract/scope-split.js';

const R = 'Fritidsnämnden';

/** The respondent's row in a compilation where the other bodies named have answered too. */
async function chosen(answer: string): Promise<{ choices: string[]; review: string }> {
  const t = await table([
    { name: R, answer },
    { name: 'Tekniska nämnden', answer: 'Kommunstyrelsen bör samordna.' },
    { name: 'Servicenämnden', answer: 'Kommunstyrelsen bör samordna.' },
    { name: 'Kulturnämnden', answer: 'Stadsbyggnadsnämnden bör samordna.' },
  ]);
  return { choices: choices(t, 'FRN'), review: row(t, 'FRN').review.join(' | ') };
}

describe('the thresholds of these rules', () => {
  it('are pinned', () => {
    expect(MAX_JOINED_SPEAKERS).toBe(6);
    expect(MAX_OTHERS_VIEW_WORDS).toBe(6);
    expect(MAX_SPLIT_BODIES).toBe(4);
    expect(MAX_LABEL_JOIN_WORDS).toBe(2);
  });
});

describe("another respondent's view reported inside the answer is not the respondent's choice", () => {
  it.each([
    // Bodies joined, a place in the text between them and the verb.
    ['Vi har noterat att servicenämnden och tekniska nämnden i utkastet förordar kommunstyrelsen. Nämnden föreslår att grundskolenämnden samordnar.', ['GRN']],
    ['Tekniska nämnden och servicenämnden har i utkastet framhållit att ansvaret bör ligga hos kommunstyrelsen. Nämnden föreslår att grundskolenämnden samordnar.', ['GRN']],
    // An auxiliary and a supine of saying.
    ['Tekniska nämnden har i sitt yttrande framhållit att ansvaret bör ligga hos kommunstyrelsen. Vi förordar grundskolenämnden.', ['GRN']],
    ['Kulturnämnden har föreslagit att stadsbyggnadsnämnden tar rollen. Nämnden anser att grundskolenämnden bör samordna.', ['GRN']],
    ['Kulturnämnden i sitt yttrande föreslår kommunstyrelsen. Nämnden föreslår att grundskolenämnden samordnar.', ['GRN']],
    ['Kulturnämnden argumenterar i utkastet för att samordningen ska placeras hos stadsbyggnadsnämnden. Grundskolenämnden bör samordna, anser vi.', ['GRN']],
    // Others by a relative clause of saying.
    ['De remissinstanser som förordar kommunstyrelsen bortser från kostnaderna. Nämnden föreslår att grundskolenämnden samordnar.', ['GRN']],
    ['De nämnder som har föreslagit stadsbyggnadsnämnden har inte beaktat kvällsverksamheten. Grundskolenämnden bör samordna.', ['GRN']],
  ])('%j', async (answer, expected) => {
    const r = await chosen(answer);
    expect(r.choices).toEqual(expected);
  });

  it('says so in the review when it sets a body aside as another speaker', async () => {
    expect((await chosen('Tekniska nämnden har i sitt yttrande framhållit att ansvaret bör ligga hos kommunstyrelsen. Vi förordar grundskolenämnden.')).review).toContain('förslaget framförs av TN');
  });

  it.each([
    // After a break the sentence is the respondent's own again.
    ['Tekniska nämnden har föreslagit att kommunstyrelsen samordnar, men nämnden förordar grundskolenämnden.', ['GRN']],
    // A view shared, not only reported.
    ['Liksom tekniska nämnden anser vi att kommunstyrelsen bör samordna.', ['KS']],
    ['I likhet med kulturnämnden föreslår nämnden att stadsbyggnadsnämnden samordnar.', ['SBN']],
    // The respondent reporting its own earlier answer.
    ['Nämnden har i sitt yttrande framhållit att ansvaret bör ligga hos kommunstyrelsen.', ['KS']],
    ['Fritidsnämnden har i sitt tidigare yttrande föreslagit att kommunstyrelsen samordnar arbetet.', ['KS']],
  ])('but not: %j', async (answer, expected) => {
    expect((await chosen(answer)).choices).toEqual(expected);
  });
});

describe('one role split by scope in one sentence is one joint choice', () => {
  it.each([
    ['För skolnära frågor bör grundskolenämnden ha det samordnande ansvaret, för fritidsfrågor tekniska nämnden.', ['GRN+TN']],
    ['I innerstaden bör kommunstyrelsen hålla i samordningen, i Malmös östra delar bör MKB ha det samordnande ansvaret.', ['KS+MKB']],
    ['Strategiskt ansvar bör ligga hos kommunstyrelsen, operativt ansvar hos tekniska nämnden.', ['KS+TN']],
    ['Dagtid bör grundskolenämnden samordna, kvällstid fritidsnämnden.', ['FRN+GRN']],
  ])('%j', async (answer, expected) => {
    expect((await chosen(answer)).choices).toEqual(expected);
  });

  it.each([
    // Ranked alternatives, alternatives, and parts that do not open with a scope.
    ['I första hand kommunstyrelsen, i andra hand tekniska nämnden.', ['KS', 'TN']],
    ['Kommunstyrelsen bör samordna, alternativt tekniska nämnden.', ['KS', 'TN']],
    ['Kommunstyrelsen bör samordna, tekniska nämnden kan också tänkas.', ['KS', 'TN']],
  ])('but not: %j', async (answer, expected) => {
    expect((await chosen(answer)).choices).toEqual(expected);
  });
});

describe("today's order kept proposes today's holder (coordination.json statusQuo)", () => {
  it.each([
    ['Sedan 2025 samordnar tekniska nämnden arbetet, och det fungerar väl – vi ser ingen anledning att ändra på den ordningen.', ['TN']],
    ['Tekniska nämnden samordnar redan i dag arbetet och så bör det förbli.', ['TN']],
    ['Kommunstyrelsen leder i dag arbetet och nämnden ser inget skäl att byta huvudman.', ['KS']],
  ])('%j', async (answer, expected) => {
    expect((await chosen(answer)).choices).toEqual(expected);
  });

  it.each([
    // The order is to change, or two bodies are named before the cue.
    ['Tekniska nämnden samordnar i dag arbetet, men ordningen bör ändras så att kommunstyrelsen tar över.', []],
    ['Tekniska nämnden och servicenämnden samordnar i dag och vi ser ingen anledning att ändra på det.', []],
    // No role's verb: nothing said about who holds the role.
    ['Tekniska nämnden har gjort ett bra arbete och vi ser ingen anledning att ändra planen.', []],
  ])('but not: %j', async (answer, expected) => {
    expect((await chosen(answer)).choices).toEqual(expected);
  });
});

describe('a degree too great rules out the body it names (coordination.json excess)', () => {
  it.each([
    ['Nämnden föreslår att kommunstyrelsen får samordningsansvaret – frågan spänner över för många nämnder för att en facknämnd ska kunna driva den.', ['KS']],
    ['Nämnden förordar att kommunstyrelsen får samordningsansvaret, eftersom uppdraget är för brett för att tekniska nämnden ensam ska kunna bära det.', ['KS']],
    ['Kommunstyrelsen bör samordna. Arbetet är alltför omfattande för att en enskild facknämnd ska klara det.', ['KS']],
    ['Uppdraget är för komplext för att läggas på servicenämnden; kommunstyrelsen bör leda det.', ['KS']],
  ])('%j', async (answer, expected) => {
    expect((await chosen(answer)).choices).toEqual(expected);
  });

  it('but a purpose is no excess: "för att" alone', async () => {
    expect((await chosen('Tekniska nämnden bör samordna för att arbetet ska hålla ihop.')).choices).toEqual(['TN']);
  });
});

describe('offers of oneself (coordination.json willing)', () => {
  it.each([
    'Fritidsnämnden anmäler sig som samordnare.',
    'Fritidsnämnden erbjuder sig att samordna arbetet.',
    'Nämnden anmäler intresse för att ta samordningsansvaret.',
    'Nämnden kandiderar gärna som samordnare.',
  ])('%j', async (answer) => {
    expect((await chosen(answer)).choices).toEqual(['FRN']);
  });
});

describe("the respondent's own document quoted after a colon is its answer (coordination.json ownDocumentSays)", () => {
  it.each([
    'I yttrandet står: ”Fritidsnämnden är beredd att ta på sig det samordnande ansvaret för arbetet.”',
    'Yttrandet lyder: ”Kommunstyrelsen bör samordna arbetet i stadsdelarna.”',
    'Nämnden har svarat kort. I nämndens yttrande står: ”Kommunstyrelsen bör samordna arbetet i stadsdelarna.”',
  ])('%j', async (answer) => {
    expect((await chosen(answer)).choices.length).toBe(1);
  });

  it("but the proposal's own text quoted is not", async () => {
    expect((await chosen('I förslaget står: ”Tekniska nämnden bör ta på sig det samordnande ansvaret.” Nämnden föreslår i stället kommunstyrelsen.')).choices).toEqual(['KS']);
  });
});

describe('a clause before a dash or colon is no label: only the respondent is set aside there', () => {
  it.each([
    ['Nämnden föreslår att kommunstyrelsen får samordningsansvaret – det är naturligt.', ['KS']],
    ['När det gäller samordningsansvaret är nämnden tydlig: det bör ligga hos kommunstyrelsen.', ['KS']],
    ['Fritidsnämnden – nämnden föreslår att kommunstyrelsen samordnar.', ['KS']],
  ])('%j', async (answer, expected) => {
    expect((await chosen(answer)).choices).toEqual(expected);
  });

  it('blanking a range past the end of a string blanks to its end', () => {
    expect(blankAll('abc', [{ start: 5, end: 9 }])).toBe('abc');
    expect(blankAll('abcdef', [{ start: 2, end: 9 }])).toBe('ab    ');
  });
});

describe('a fallback after a first choice, its opening naming no body, ranks second', () => {
  it.each([
    ['I första hand bör samordningen ligga hos kommunstyrelsen. Om det inte bedöms möjligt bör ansvaret läggas på tekniska nämnden.', ['KS', 'TN']],
    ['I första hand kommunstyrelsen. Om så inte sker bör tekniska nämnden samordna.', ['KS', 'TN']],
  ])('%j', async (answer, expected) => {
    const t = await table([{ name: R, answer }]);
    const r = row(t, 'FRN');
    expect(choices(t, 'FRN')).toEqual(expected);
    expect(r.conditional).toBe(false);
    expect(r.ranked).toBe(true);
  });

  it('with no first choice before it, the opening is a condition', async () => {
    const t = await table([{ name: R, answer: 'Om det inte bedöms möjligt att ge nämnden medel bör tekniska nämnden samordna.' }]);
    expect(row(t, 'FRN').conditional).toBe(true);
  });
});

describe('a saying that goes on before the colon introduces the quotation as its own words', () => {
  it.each([
    ['Nämnden föreslår att samordningen delas geografiskt: ”I innerstaden bör kommunstyrelsen samordna, i östra Malmö bör MKB ha det samordnande ansvaret.”', ['KS+MKB']],
    ['Nämnden anser att frågan är enkel: ”Kommunstyrelsen bör samordna arbetet i hela staden.”', ['KS']],
  ])('%j', async (answer, expected) => {
    expect((await chosen(`Nämnden har yttrat sig. ${answer}`)).choices).toEqual(expected);
  });

  it('the threshold is pinned', async () => {
    const { SAID_BEFORE_COLON_WORDS } = await import('../../src/extract/clauses.js');
    expect(SAID_BEFORE_COLON_WORDS).toBe(6);
  });

  it("another document's words stay another's", async () => {
    expect((await chosen('Nämnden har yttrat sig. Förslaget anger att samordningen ska delas: ”Tekniska nämnden bör ta det samordnande ansvaret i stadsdelarna.” Nämnden förordar kommunstyrelsen.')).choices).toEqual(['KS']);
  });
});

describe("the remiss's own text reported is not the respondent's choice (coordination.json documentSays)", () => {
  it.each([
    ['I underlaget pekas kommunstyrelsen och tekniska nämnden ut som tänkbara alternativ. Nämnden föreslår grundskolenämnden.', ['GRN']],
    ['Underlaget för ett resonemang om att samordningen skulle kunna placeras hos tekniska nämnden. Vi förordar grundskolenämnden.', ['GRN']],
    ['Enligt förslaget anges att kommunstyrelsen ska samordna arbetet. Nämnden förordar i stället grundskolenämnden.', ['GRN']],
    ['I promemorian förordas att tekniska nämnden samordnar; nämnden föreslår kommunstyrelsen.', ['KS']],
    ['I underlaget pekas kommunstyrelsen, arbetsmarknads- och socialnämnden och tekniska nämnden ut som tänkbara alternativ. Vi förordar grundskolenämnden.', ['GRN']],
  ])('%j', async (answer, expected) => {
    expect((await chosen(answer)).choices).toEqual(expected);
  });

  it.each([
    // The respondent agreeing with the document, or a document that does not speak.
    ['Nämnden instämmer i förslaget att kommunstyrelsen ska samordna.', ['KS']],
    ['Förslaget att kommunstyrelsen ska samordna är välkommet, och nämnden ställer sig bakom det.', ['KS']],
    ['I förslaget är det oklart vem som samordnar, och nämnden föreslår kommunstyrelsen.', ['KS']],
  ])('but not: %j', async (answer, expected) => {
    expect((await chosen(answer)).choices).toEqual(expected);
  });

  it('the reach is pinned', async () => {
    const { DOCUMENT_REPORT_WORDS } = await import('../../src/extract/preferences.js');
    expect(DOCUMENT_REPORT_WORDS).toBe(8);
  });
});

describe('the possessive "vår", "vårt": the respondent named before a body\'s kind, its possessor before anything else', () => {
  it.each([
    ['MKB Fastighet AB', 'MKB', 'Vårt bolag kan ta på sig samordningen.', ['MKB']],
    ['MKB Fastighet AB', 'MKB', 'I första hand förordar bolaget att samordningen ligger hos kommunstyrelsen. I andra hand kan vårt bolag tänka sig att dela samordningsansvaret med fritidsförvaltningen.', ['FRN+MKB', 'KS']],
    // The member alone again in the same ranked sentence is its joint choice.
    ['MKB Fastighet AB', 'MKB', 'I första hand kommunstyrelsen. I andra hand kan vårt bolag tänka sig att dela samordningsansvaret med fritidsförvaltningen i de delområden där MKB har sitt största bestånd.', ['FRN+MKB', 'KS']],
    [R, 'FRN', 'Vårt förslag är att kommunstyrelsen samordnar arbetet.', ['KS']],
    [R, 'FRN', 'Vår bedömning är att kommunstyrelsen bör samordna arbetet.', ['KS']],
    [R, 'FRN', 'Vår slutsats är att tekniska nämnden samordnar bäst.', ['TN']],
  ])('%s: %j', async (name, id, answer, expected) => {
    const t = await table([{ name, answer }]);
    expect(choices(t, id)).toEqual(expected);
  });
});

describe('a condition on the whole answer makes every proposal in it conditional (coordination.json wholeAnswer)', () => {
  it.each([
    ['Nämnden lämnar sina synpunkter med ett förbehåll som gäller yttrandet i sin helhet: samtliga ställningstaganden förutsätter att åtgärderna finansieras med särskilda medel.', 'Kommunstyrelsen bör samordna arbetet.'],
    ['Alla ställningstaganden i detta yttrande gäller under förutsättning att nämnden får full kostnadstäckning.', 'Nämnden föreslår att tekniska nämnden samordnar.'],
  ])('%j', async (summary, answer) => {
    const t = await table([{ name: R, summary, answer }]);
    expect(row(t, 'FRN').conditional).toBe(true);
  });

  it('a condition on one matter is none on the proposal', async () => {
    const t = await table([{ name: R, summary: 'Nämnden tillstyrker planen under förutsättning att uppföljningen sker årligen.', answer: 'Kommunstyrelsen bör samordna arbetet.' }]);
    expect(row(t, 'FRN').conditional).toBe(false);
  });
});

describe("a group's members named after it have seats, not the role (coordination.json groupMembers)", () => {
  it.each([
    ['Nämnden anser att kommunstyrelsen bör ha det samordnande ansvaret, och att en styrgrupp med nämnden själv, grundskolenämnden och tekniska nämnden knyts till samordningen.', ['KS']],
    ['Kommunstyrelsen bör samordna, med en styrgrupp där grundskolenämnden och tekniska nämnden ingår.', ['KS']],
    ['Tekniska nämnden bör leda arbetet tillsammans med en referensgrupp med föreningarna och servicenämnden.', ['TN']],
  ])('%j', async (answer, expected) => {
    expect((await chosen(answer)).choices).toEqual(expected);
  });

  it('a group that is itself given the role is no seat: "styrgruppen bör samordna"', async () => {
    expect((await chosen('Kommunstyrelsen och tekniska nämnden bör gemensamt samordna arbetet.')).choices).toEqual(['KS+TN']);
  });
});

describe('a fallback opened by the decider choosing otherwise ("Om kommunfullmäktige i stället väljer …") ranks second, no condition', () => {
  it.each([
    'Nämnden förordar i första hand att kommunstyrelsen får det samordnande ansvaret. Om kommunfullmäktige i stället väljer att lägga ansvaret på en facknämnd ser nämnden fritidsnämnden som det bästa alternativet.',
    'I första hand bör kommunstyrelsen samordna. Om staden istället landar i ett nytt upplägg bör fritidsnämnden få samordningsuppdraget.',
  ])('%j', async (answer) => {
    const t = await table([{ name: 'Kulturnämnden', answer }]);
    const r = row(t, 'KN');
    expect(choices(t, 'KN')).toEqual(['FRN', 'KS']);
    expect(r.conditional).toBe(false);
    expect(r.ranked).toBe(true);
  });
});
