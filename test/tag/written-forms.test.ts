/**
 * Each written form of the processes the analysts asked for first: names in any case, acronyms
 * in capitals, the spelled-out forms. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { processesIn } from './support.js';

describe('written forms of the shipped processes', () => {
  it.each([
    ['Skolorna i Kroksbäck deltar i CTC sedan förra året.', 'ctc'],
    ['Resultaten från CTC-enkäten visar en ökad oro bland eleverna.', 'ctc'],
    ['CTC:s styrgrupp träffas en gång i månaden.', 'ctc'],
    ['I CTC-områdena finns redan lokala arbetsgrupper.', 'ctc'],
    ['Förvaltningen har följt arbetet inom Communities That Care.', 'ctc'],
    ['Modellen communities that care bygger på lokal samverkan.', 'ctc'],
    ['Rektorerna deltar i SSPF på tre skolor.', 'sspf'],
    ['SSPF-samverkan har gett snabbare kontakter.', 'sspf'],
    ['Samverkan mellan skola, socialtjänst, polis och fritid är etablerad i området.', 'sspf'],
    ['Biblioteket är med i Örat mot marken i Holma.', 'orat-mot-marken'],
    ['Fältgruppen rapporterar till en ”örat mot marken”-grupp varje vecka.', 'orat-mot-marken'],
    ['Fastighetsägarna har bildat ett BID i området.', 'bid'],
    ['Flera BID-samarbeten har startat de senaste åren.', 'bid'],
    ['Satsningen Boende, integration och dialog har stärkt grannskapet.', 'bid'],
    ['Förskolan arbetar enligt Trygga barnet.', 'trygga-barnet'],
    ['Trygga Barnet ska nu spridas till fler stadsdelar.', 'trygga-barnet'],
    ['Tryggar barnet är ett samarbete mellan flera förvaltningar.', 'trygga-barnet'],
  ])('%s → %s', (sentence, id) => {
    expect(processesIn(sentence)).toEqual([id]);
  });

  it('an acronym counts only in capitals and as a whole word', () => {
    expect(processesIn('Ett bud (eng. bid) lämnades i upphandlingen.')).toEqual([]);
    expect(processesIn('Skolan ser fram emot Ctc i höst.')).toEqual([]);
    expect(processesIn('BIDRAG söks hos kulturförvaltningen.')).toEqual([]);
    expect(processesIn('Avtalet ABIDA gäller inte här, inte heller CTCX.')).toEqual([]);
    expect(processesIn('Alla bidrar till ett tryggare område.')).toEqual([]);
  });

  it('a name counts on word boundaries only', () => {
    expect(processesIn('De otrygga barnet-frågorna utreds.')).toEqual([]);
  });

  it('several processes in one sentence are all found', () => {
    expect(processesIn('Nämnden deltar i CTC, SSPF och Örat mot marken.')).toEqual(['ctc', 'sspf', 'orat-mot-marken']);
  });

  it('the recurring processes added to the dictionary are found too', () => {
    expect(processesIn('Region Skåne leder hembesöksprogrammet Växa tryggt.')).toEqual(['vaxa-tryggt']);
    expect(processesIn('Ungdomarna får feriejobb genom Ung i sommar.')).toEqual(['ung-i-sommar']);
    expect(processesIn('Miljöförvaltningen samordnar Tryggare Malmö.')).toEqual(['tryggare-malmo']);
    expect(processesIn('Forumet Samverkan barn och unga i Malmö (SBUM) möts varje kvartal.')).toEqual(['sbum']);
  });
});
