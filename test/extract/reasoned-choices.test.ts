/**
 * A choice reasoned out rather than stated: by elimination ("Varken X eller Y … Det som då
 * återstår är Z"), by comparison ("Z framstår för oss som bättre rustad än X"), as a first choice
 * ("Bolagets förstahandsval är Z"). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { choices, table } from './support.js';

const rowOf = async (answer: string, name = 'Grundskolenämnden', id = 'GRN') => choices(await table([{ name, answer }]), id);

describe('a choice by elimination, comparison or first choice', () => {
  it.each([
    ['Varken kulturnämnden eller miljönämnden har mandatet. Det som då återstår är kommunstyrelsen.', ['KS']],
    ['Ingen facknämnd kan styra de andra. Återstår då stadskontoret, som har överblicken.', ['KS']],
    ['Mot den bakgrunden framstår fritidsnämnden för grundskolenämnden som bättre rustad för uppgiften än såväl stadskontoret som miljönämnden.', ['FRN']],
    ['Kulturnämnden är enligt vår bedömning bättre lämpad än både MKB och tekniska nämnden att samordna arbetet.', ['KN']],
    ['Samordningen passar bättre hos fritidsnämnden än hos arbetsmarknads- och socialnämnden.', ['FRN']],
    ['Nämndens förstahandsval är servicenämnden, som redan har en stadsövergripande roll.', ['SN']],
  ])('%s → %j', async (answer, expected) => {
    expect(await rowOf(answer)).toEqual(expected);
  });

  it.each([
    // "än" in other senses, and a refusal by "varken".
    ['Vilken instans som får uppdraget är för nämnden av mindre betydelse än att ansvaret inte delas upp.', []],
    ['Varken kulturnämnden eller miljönämnden bör samordna arbetet.', []],
  ])('%s → %j', async (answer, expected) => {
    expect(await rowOf(answer)).toEqual(expected);
  });
});

describe('a description right after the body named, of its kind, is the reason', () => {
  it.each([
    ['Nämnden anser att MKB Fastighet AB bör leda samordningen. Ett bolag med närvaro i varje område är bäst rustat att hålla ihop arbetet.', ['MKB']],
    ['Nämnden förordar kulturnämnden. En nämnd med ansvar för bibliotek och kulturskola är väl lämpad att samordna arbetet.', ['KN']],
    // No body named before it: the description is the choice.
    ['Ett bolag med närvaro i varje område är bäst rustat att hålla ihop arbetet.', ['~generic']],
  ])('%s → %j', async (answer, expected) => {
    const got = await rowOf(answer, 'Grundskolenämnden', 'GRN');
    expect(got.map((c) => (c.endsWith('~generic') ? '~generic' : c))).toEqual(expected);
  });
});

describe('a proposal rejected and another wanted "i stället"; a candidate named by others', () => {
  it.each([
    ['Kulturnämnden avstyrker därför förslag 5 och förordar i stället att fritidsnämnden ges det samordnande ansvaret.', ['FRN']],
    ['Nämnden tillstyrker inte förslaget utan föreslår i stället kulturnämnden som samordnare.', ['KN']],
    ['Nämnden anser inte att MKB bör leda arbetet; i stället bör servicenämnden ha ansvaret.', ['SN']],
    // "i stället för" is a contrast: the body before it is wanted.
    ['Nämnden förordar fritidsnämnden i stället för miljönämnden.', ['FRN']],
    ['Under beredningen har även tekniska nämnden nämnts som tänkbar samordnare, men nämnden bedömer inte att det vore en lämplig lösning.', []],
    ['MKB har i dialogerna lyfts fram som möjlig huvudman.', []],
  ])('%s → %j', async (answer, expected) => {
    expect(await rowOf(answer, 'Kulturnämnden', 'KN')).toEqual(expected);
  });
});

describe('a next choice down when the first is not taken', () => {
  it.each([
    'I första hand menar nämnden att samordningen bör ligga hos stadsbyggnadsnämnden. Skulle kommunstyrelsen landa i en annan ordning är tekniska nämnden det näst bästa alternativet.',
    'Nämnden förordar stadsbyggnadsnämnden. Om kommunstyrelsen väljer en annan lösning bör tekniska nämnden få ansvaret.',
  ])('%s → ranked, no condition', async (answer) => {
    const t = await table([{ name: 'Kulturnämnden', answer }]);
    const row = t.rows.find((r) => r.respondent === 'KN')!;
    expect(choices(t, 'KN')).toEqual(['SBN', 'TN']);
    expect(row.conditional).toBe(false);
    expect(row.ranked).toBe(true);
  });
});

describe('"göra det" refers back to the role only at the clause\'s end, in a sentence about it', () => {
  it.each([
    ['Fritidsnämnden bör samordna. Skulle fritidsnämnden inte kunna ta uppdraget bör tekniska nämnden göra det.', ['FRN', 'TN']],
    ['Servicenämnden tillstyrker förslaget, och en gemensam modell kan göra det enklare för invånarna att hitta rätt.', []],
  ])('%s → %j', async (answer, expected) => {
    expect(await rowOf(answer, 'Kulturnämnden', 'KN')).toEqual(expected);
  });
});
