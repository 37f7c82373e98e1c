/**
 * A registry applies to its own organisation's documents only: two cities answering one regional
 * remiss, another city's round, a round naming no organisation; `registry init` and --registry.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { guessAbbreviation } from '../../src/analyze/registry-init.js';
import { parseRegistryFile } from '../../src/read/registryfile.js';
import { cli } from '../helpers.js';

const compilation = (letterhead: string, bodies: string[]) =>
  [letterhead, 'Sammanställning av remissvar', '', ...bodies.flatMap((b) => ['', b, '', 'Yttrande', '', `${b} har tagit del av remissen och är positiv till förslaget.`])].join('\n');

const round = (files: Array<[string, string]>) => buildRound(files.map(([p, t]) => ({ path: p, bytes: Buffer.from(t) })));

describe('registries by organisation', () => {
  it("two cities answering one regional remiss: Malmö's committees get Malmö's ids, the other city's never", async () => {
    const r = await round([
      ['malmo.txt', compilation('Malmö stad', ['Kulturnämnden', 'Fritidsnämnden', 'Miljönämnden'])],
      ['helsingborg.txt', compilation('Helsingborgs stad', ['Kulturnämnden', 'Fritidsnämnden', 'Miljönämnden'])],
    ]);
    expect(r.respondents.map((x) => [x.id, x.organisation ?? null])).toEqual([
      ['KN', null],
      ['FRN', null],
      ['MN', null],
      ['kulturnamnden-helsingborgs-stad', 'Helsingborgs stad'],
      ['fritidsnamnden-helsingborgs-stad', 'Helsingborgs stad'],
      ['miljonamnden-helsingborgs-stad', 'Helsingborgs stad'],
    ]);
    expect(r.warnings.some((w) => /helsingborg\.txt: dokument från Helsingborgs stad/.test(w))).toBe(true);
  });

  it('bodies of two organisations in one round are named with their organisation', async () => {
    const r = await round([
      ['lund.txt', compilation('Lunds kommun', ['Kommunstyrelsen', 'Socialnämnden'])],
      ['eslov.txt', compilation('Eslövs kommun', ['Kommunstyrelsen'])],
    ]);
    expect(r.respondents.map((x) => x.name)).toEqual(['Kommunstyrelsen i Lunds kommun', 'Socialnämnden i Lunds kommun', 'Kommunstyrelsen i Eslövs kommun']);
  });

  it.each([
    ['TRELLEBORGS KOMMUN', 'Trelleborgs kommun'],
    ['REGION SKÅNE', 'Region Skåne'],
    ['HÖÖRS KOMMUN', 'Höörs kommun'],
  ])('a letterhead in capitals, %j, names the organisation, not the addressee below it', async (letterhead, organisation) => {
    const letter = [letterhead, 'Kommunstyrelsen', '', 'Länsstyrelsen Västra Götaland', 'Box 224', '403 40 Göteborg', '', 'Yttrande', '', 'Kommunstyrelsen har tagit del av remissen och är positiv till förslaget.'].join('\n');
    const r = await round([['a.txt', letter], ['b.txt', compilation('Lunds kommun', ['Kulturnämnden'])]]);
    expect(r.respondents[0].organisation).toBe(organisation);
  });

  it('an addressee block names the addressee\'s organisation, not the letter\'s', async () => {
    const letter = ['Polismyndigheten', 'Polisområde Nord', '', 'Region Halland', 'Regionkontoret', '301 80 Halmstad', '', 'Yttrande', '', 'Polisområde Nord har getts tillfälle att yttra sig och är positivt till förslaget.'].join('\n');
    const r = await round([['a.txt', letter], ['b.txt', compilation('Lunds kommun', ['Kulturnämnden'])]]);
    expect(r.respondents[0].organisation).not.toBe('Region Halland');
    expect(r.respondents[0].name).not.toMatch(/Region Halland/);
  });

  it('a letterhead above its own address, after a page number, names the organisation', async () => {
    const letter = ['1 (3)', '', 'Lunds kommun', 'Kulturförvaltningen', '221 00 Lund', '', 'Yttrande', '', 'Kulturnämnden har tagit del av remissen och är positiv till förslaget.'].join('\n');
    const r = await round([['a.txt', letter], ['b.txt', compilation('Eslövs kommun', ['Kulturnämnden'])]]);
    expect(r.respondents[0].organisation).toBe('Lunds kommun');
  });

  it.each([
    ['Lunds kommun', 'lunds kommun'],
    ['Region Skåne', 'region skåne'],
    ['Socialdepartementet', 'a ministry'],
  ])("a round of %s (%s) keeps every name as written", async (letterhead) => {
    const r = await round([['r.txt', compilation(letterhead, ['Kulturnämnden', 'Kommunstyrelsen', 'Tekniska nämnden'])]]);
    expect(r.respondents.map((x) => x.id)).toEqual(['kulturnamnden', 'kommunstyrelsen', 'tekniska-namnden']);
    expect(r.respondents.every((x) => !x.known && x.organisation === letterhead)).toBe(true);
  });

  it("a round naming no organisation, or Malmö's, is read with Malmö's registry", async () => {
    for (const letterhead of ['', 'Malmö stad', 'Malmö kommun']) {
      const r = await round([['r.txt', compilation(letterhead, ['Kulturnämnden', 'Kommunstyrelsen', 'Tekniska nämnden'])]]);
      expect(r.respondents.map((x) => x.id)).toEqual(['KN', 'KS', 'TN']);
    }
  });
});

describe('an organisation answering as a whole', () => {
  const national = (blocks: string[][]) =>
    ['Socialdepartementet', 'Sammanställning av remissvar', '', ...blocks.flatMap((b) => ['', '', ...b.flatMap((l) => [l, '']), 'Vi har tagit del av betänkandet och tillstyrker förslagen.'])].join('\n');

  it('a city or region above the organ that decided the answer is the respondent, named as written', async () => {
    const r = await round([
      ['remissvar.txt', national([['Brottsoffermyndigheten', 'Remissvar'], ['Uppsala kommun', 'Kommunstyrelsen', 'Remissvar'], ['Region Halland', 'Regionstyrelsen', 'Yttrande'], ['Tullverket', 'Remissvar']])],
    ]);
    expect(r.respondents.map((x) => x.name)).toEqual(['Brottsoffermyndigheten', 'Uppsala kommun', 'Region Halland', 'Tullverket']);
  });

  it('but a list of names ending in an organisation before the first answer stays a list', async () => {
    const r = await round([['remissvar.txt', national([['Tullverket', 'Region Halland'], ['Brottsoffermyndigheten', 'Remissvar'], ['Kustbevakningen', 'Remissvar']])]]);
    expect(r.respondents.map((x) => x.name)).toContain('Brottsoffermyndigheten');
  });
});

describe('registry init and --registry', () => {
  it.each([
    ['Kulturnämnden', 'KN'],
    ['Vård- och omsorgsnämnden', 'VON'],
    ['Tekniska nämnden', 'TN'],
    ['TEKNISKA NÄMNDEN', 'TN'],
    ['Lunds kommuns fastighets AB (LKF)', 'LKF'],
    ['Samverkan Norra Fäladen', 'SNF'],
    ['Kommunstyrelsen', 'KS'],
    ['Nämnden för välfärd och omsorg', 'NVO'],
  ])('%s is abbreviated %s', (name, abbreviation) => {
    expect(guessAbbreviation(name)).toBe(abbreviation);
  });

  it("turns another city's round into one with stable ids and abbreviations", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'remiss-registry-'));
    const input = path.join(dir, 'lund.txt');
    writeFileSync(input, compilation('Lunds kommun', ['Kulturnämnden', 'Byggnadsnämnden', 'Vård- och omsorgsnämnden']));
    const reg = path.join(dir, 'lund.json');
    const init = await cli(['registry', 'init', input, '-o', reg, '--no-cache']);
    expect(init.code).toBe(0);
    const seg = await cli(['segments', input, '--registry', reg, '--format', 'json', '--no-cache']);
    expect(seg.code).toBe(0);
    expect(JSON.parse(seg.stdout).respondents.map((r: { id: string }) => r.id)).toEqual(['KN', 'BN', 'VON']);
    // The registry of Lund is Lund's: a Malmö round read with it is not given Lund's ids.
    const malmo = path.join(dir, 'malmo.txt');
    writeFileSync(malmo, compilation('Malmö stad', ['Kulturnämnden', 'Byggnadsnämnden']));
    const m = await cli(['segments', malmo, '--registry', reg, '--format', 'json', '--no-cache']);
    expect(JSON.parse(m.stdout).respondents.map((r: { id: string }) => r.id)).toEqual(['KN', 'byggnadsnamnden']);
    // none: names as written, also for Malmö's own documents.
    const none = await cli(['segments', malmo, '--registry', 'none', '--format', 'json', '--no-cache']);
    expect(JSON.parse(none.stdout).respondents.map((r: { id: string }) => r.id)).toEqual(['kulturnamnden', 'byggnadsnamnden']);
  });

  it('a registry file that is wrong says where', () => {
    const org = { name: 'Lunds kommun', names: ['Lunds kommun', 'Lund'] };
    const bad = (v: object) => () => parseRegistryFile(Buffer.from(JSON.stringify({ organisation: org, ...v }, null, 2)), 'r.json');
    expect(bad({ registry: [] })).toThrow(/väntade ett JSON-objekt med "bodies"/);
    expect(bad({ bodies: [{ id: 'X' }] })).toThrow(/bodies\[0\]\.names/);
    expect(bad({ bodies: [{ id: 'X', names: ['A'] }, { id: 'X', names: ['B'] }] })).toThrow(/bodies\[1\]\.id: "X" finns redan/);
  });
});
