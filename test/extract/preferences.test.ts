/**
 * Coordinator preferences read from answers written for these tests — none of the sentences is
 * from the 2023 round. Each case is one of the phenomena tabulate must handle.
 */
import { describe, expect, it } from 'vitest';
import { tabulate, type Table } from '../../src/analyze/tabulate.js';
import { roundFromText } from '../helpers.js';
import { choices, compile, row, table } from './support.js';


describe('named proposals', () => {
  it('resolves an administration, an abbreviation and a typo to the body', async () => {
    const t = await table([
      { name: 'Kulturnämnden', answer: 'Nämnden förordar att kulturförvaltningen får samordna arbetet med trygghet i stadsdelarna.' },
      { name: 'Servicenämnden', answer: 'Servicenämnden anser att FKG bör ges ansvaret.' },
      { name: 'Miljönämnden', answer: 'Vi rekommenderar att stadskontoret ges uppdraget.' },
    ]);
    expect(choices(t, 'KN')).toEqual(['KN']);
    expect(choices(t, 'SN')).toEqual(['TN']);
    expect(choices(t, 'MN')).toEqual(['KS']);
  });

  it('does not take the speaking body, or a body merely mentioned, for a proposal', async () => {
    const t = await table([
      { name: 'Fritidsnämnden', answer: 'Fritidsnämnden menar att rollen kräver lokal närvaro. Nämnden har goda erfarenheter av samarbetet med kulturnämnden.' },
    ]);
    expect(row(t, 'FRN').stance).toBe('no-proposal');
    expect(choices(t, 'FRN')).toEqual([]);
  });

  it('a body the registry does not know: a respondent of the round by its name, or any body-word compound', async () => {
    const t = await table([
      { name: 'Räddningstjänsten Syd', answer: 'Vi föreslår att trafiknämnden får den samordnande rollen.' },
      { name: 'Kulturnämnden', answer: 'Kulturnämnden föreslår Räddningstjänsten Syd, som finns i alla stadsdelar.' },
    ]);
    expect(choices(t, 'raddningstjansten-syd')).toEqual(['trafiknamnden']);
    expect(choices(t, 'KN')).toEqual(['raddningstjansten-syd']);
  });

  it('a company that proposes itself', async () => {
    const t = await table([
      { name: 'Parkering Malmö', answer: 'Bolaget är berett att ta den samordnande rollen.' },
      { name: 'MKB Fastighet', answer: 'Vi föreslår att vi själva får den samordnande rollen i stadsdelarna.' },
    ]);
    expect(choices(t, 'P-Malmö')).toEqual(['P-Malmö']);
    expect(choices(t, 'MKB')).toEqual(['MKB']);
  });
});

describe('joint proposals and alternatives', () => {
  it('joins bodies proposed together, in several phrasings', async () => {
    const t = await table([
      { name: 'Kulturnämnden', answer: 'Vi anser att Fritidsnämnden bör få rollen i samarbete med Miljönämnden.' },
      { name: 'Miljönämnden', answer: 'Kulturnämnden och Servicenämnden bör gemensamt ges den samordnande rollen.' },
      { name: 'Servicenämnden', answer: 'Både Fritidsnämnden och Kulturnämnden har lokal närvaro. Nämnden föreslår ett delat ansvar mellan dessa två.' },
    ]);
    expect(choices(t, 'KN')).toEqual(['FRN+MN']);
    expect(choices(t, 'MN')).toEqual(['KN+SN']);
    expect(choices(t, 'SN')).toEqual(['FRN+KN']);
    // One column for the same bodies, whoever proposed them and in whatever order.
    expect(t.columns.filter((c) => c.members.length === 2)).toHaveLength(3);
  });

  it('separates alternatives, and offers both when the partner is optional', async () => {
    const t = await table([
      { name: 'Grundskolenämnden', answer: 'Antingen Fritidsnämnden eller Kulturnämnden skulle kunna samordna arbetet med trygghet.' },
      { name: 'Förskolenämnden', answer: 'Stadskontoret är lämpligt för uppgiften, eventuellt tillsammans med MKB.' },
    ]);
    expect(choices(t, 'GRN')).toEqual(['FRN', 'KN']);
    expect(choices(t, 'FSKN')).toEqual(['KS', 'KS+MKB']);
  });

  it('prefers a proposal said to be better over the simpler one before it', async () => {
    const t = await table([
      { name: 'Servicenämnden', answer: 'MKB skulle kunna samordna arbetet. Ett delat ledarskap mellan MKB och Fritidsnämnden vore dock allra bäst.' },
    ]);
    expect(choices(t, 'SN')).toEqual(['FRN+MKB']);
  });
});

describe('described bodies', () => {
  it('keeps the wording of a body described but not named', async () => {
    const t = await table([{ name: 'Miljönämnden', answer: 'Nämnden föreslår att en nämnd med ansvar för fysisk planering får den samordnande rollen.' }]);
    expect(choices(t, 'MN')).toEqual(['~generic']);
    const col = t.columns.find((c) => c.generic)!;
    expect(col.generic).toBe('en nämnd med ansvar för fysisk planering');
    expect(col.label).toBe('Nämnd med ansvar för fysisk planering');
  });

  it('a name given as example instantiates the description', async () => {
    const t = await table([{ name: 'Kulturnämnden', answer: 'Rollen bör ges till en aktör med stark lokal närvaro. Exempelvis Fritidsnämnden är lämplig.' }]);
    expect(choices(t, 'KN')).toEqual(['FRN']);
  });

  it('a description with a named partner is one choice', async () => {
    const t = await table([{ name: 'Kulturnämnden', answer: 'Nämnden anser att en av kommunstyrelsen utpekad nämnd, i samverkan med exempelvis Parkering Malmö, ska ges rollen.' }]);
    expect(choices(t, 'KN')).toEqual(['P-Malmö~generic']);
    expect(t.columns[0].label).toBe('Nämnd (utpekad av KS) tillsammans med t ex P-Malmö');
  });
});

describe('conditions', () => {
  it('a condition in the proposal sentence', async () => {
    const t = await table([{ name: 'Fritidsnämnden', answer: 'Nämnden kan åta sig den samordnande rollen förutsatt att budget tillförs.' }]);
    expect(choices(t, 'FRN')).toEqual(['FRN']);
    expect(row(t, 'FRN').conditional).toBe(true);
    expect(row(t, 'FRN').comment).toMatch(/förutsatt att budget tillförs/);
  });

  it('a condition placed after the proposal, in the next sentence', async () => {
    const t = await table([{ name: 'Kulturnämnden', answer: 'Nämnden föreslår Tekniska nämnden. Detta förutsätter dock att uppdraget finansieras.' }]);
    expect(choices(t, 'KN')).toEqual(['TN']);
    expect(row(t, 'KN').conditional).toBe(true);
  });

  it('an unconditional proposal is not conditional', async () => {
    const t = await table([{ name: 'Kulturnämnden', answer: 'Nämnden föreslår Tekniska nämnden. Den har lång erfarenhet av arbete i stadsdelarna.' }]);
    expect(row(t, 'KN').conditional).toBe(false);
  });
});

describe('what is not a choice', () => {
  it('a supporting actor is a comment', async () => {
    const t = await table([{ name: 'Kulturnämnden', answer: 'Nämnden föreslår Fritidsnämnden. Miljöförvaltningen kan delta som en stödjande aktör.' }]);
    expect(choices(t, 'KN')).toEqual(['FRN']);
    expect(row(t, 'KN').comment).toMatch(/MN som stödjande aktör/);
  });

  it('a company named only to be rejected', async () => {
    const t = await table([
      { name: 'Grundskolenämnden', answer: 'Inget av de kommunala bolagen, till exempel MKB, bör leda arbetet. Nämnden förordar i stället stadskontoret.' },
    ]);
    expect(choices(t, 'GRN')).toEqual(['KS']);
    expect(row(t, 'GRN').comment).toMatch(/Avvisar: .*MKB/);
  });

  it('a body proposed for another function than the one asked about', async () => {
    const t = await table([
      {
        name: 'Kulturnämnden',
        answer:
          'Nämnden föreslår att stadskontoret får ansvar för samordningen av den strategiska plattformen, medan Fritidsnämnden bör få den samordnande rollen för arbetet i stadsdelarna.',
      },
    ]);
    expect(choices(t, 'KN')).toEqual(['FRN']);
    expect(row(t, 'KN').comment).toMatch(/annan funktion/);
  });

  it('a quotation of the proposal is not the respondent\'s own', async () => {
    const t = await table([
      { name: 'Miljönämnden', answer: 'I underlaget står att ”stadskontoret bör få den samordnande rollen i alla stadsdelar”. Nämnden föreslår inget alternativ.' },
    ]);
    expect(choices(t, 'MN')).toEqual([]);
    expect(row(t, 'MN').stance).toBe('declines');
  });
});

describe('stances', () => {
  it('refusals in several phrasings are declines; criteria without a name are no proposal', async () => {
    const t = await table([
      { name: 'Kulturnämnden', answer: 'Nämnden avstår från att ta ställning i frågan.' },
      { name: 'Miljönämnden', answer: 'Nämnden har ingen uppfattning i frågan.' },
      { name: 'Servicenämnden', answer: 'Frågan lämnas utan svar.' },
      { name: 'Fritidsnämnden', answer: 'Den som får rollen behöver ha god lokalkännedom och förtroende hos de boende.' },
      { name: 'Tekniska nämnden', summary: 'Tekniska nämnden ställer sig bakom förslaget.' },
    ]);
    expect(['KN', 'MN', 'SN'].map((id) => row(t, id).stance)).toEqual(['declines', 'declines', 'declines']);
    expect(row(t, 'FRN').stance).toBe('no-proposal');
    expect(row(t, 'TN').stance).toBe('no-proposal');
    expect(row(t, 'TN').comment).toMatch(/Besvarar inte frågan/);
  });

  it('a proposal made only in the summary counts', async () => {
    const t = await table([{ name: 'Kulturnämnden', summary: 'Kulturnämnden föreslår att Servicenämnden ges den samordnande rollen.' }]);
    expect(choices(t, 'KN')).toEqual(['SN']);
    expect(row(t, 'KN').stance).toBe('proposes');
  });

  it('a party reservation is not the body\'s proposal', async () => {
    const text = compile([{ name: 'Kulturnämnden', answer: 'Nämnden avstår från att föreslå någon.' }]) + '\nReservationer och särskilda yttranden\nLiberalerna föreslår att MKB får den samordnande rollen.\n';
    const t = tabulate(await roundFromText(text));
    expect(choices(t, 'KN')).toEqual([]);
  });
});

describe('the question', () => {
  it('is found by its words, wherever it stands', async () => {
    const q = 'Vem anser ni ska ha samordningsansvaret för stadsdelsarbetet?';
    const text = [
      'Två remissfrågor ställdes:',
      `• ${q}`,
      '• Hur ser ni på förslaget i stort?',
      '',
      'Kulturnämnden',
      'Yttrande',
      'Kulturnämnden är positiv.',
      'Hur ser ni på förslaget i stort?',
      'Förslaget är bra och Fritidsnämnden gör redan mycket.',
      q,
      'Kulturnämnden föreslår Fritidsnämnden.',
    ].join('\n');
    const t = tabulate(await roundFromText(text));
    expect(t.question?.id).toBe('Q1');
    expect(choices(t, 'KN')).toEqual(['FRN']);
  });

  it('a round without such a question is a usage error', async () => {
    const round = await roundFromText('Remissfrågor:\n• Hur ser ni på förslaget?\n\nKulturnämnden\nYttrande\nBra förslag.');
    expect(() => tabulate(round)).toThrow(/ingen remissfråga i omgången frågar vem som ska samordna \(\d+ frågor? lästa\); ange frågorna med --questions/);
  });
});

describe('a round of other bodies and another coordinator question', () => {
  it('reads proposals of a body the registry lacks, which names itself', async () => {
    const { roundOf, fixture } = await import('../helpers.js');
    const t = tabulate(await roundOf(fixture('rounds', 'caps-and-numbered-headings.txt')));
    expect(t.question?.text).toBe('Vilken nämnd bör samordna stadens sommarjobbssatsning?');
    expect(choices(t, 'KN')).toEqual(['ASN']);
    expect(choices(t, 'trafiknamnden')).toEqual(['FRN+trafiknamnden']);
    expect(t.columns.find((c) => c.members.includes('trafiknamnden'))!.label).toBe('FRN och Trafiknämnden');
  });
});

describe('more ways of putting a body forward', () => {
  it('"bör ligga hos", "ska gå till", "det naturliga valet", "passar … bäst", "ser gärna att … får"', async () => {
    const t = await table([
      { name: 'Kulturnämnden', answer: 'Samordningsansvaret bör enligt nämnden ligga hos stadskontoret.' },
      { name: 'Miljönämnden', answer: 'Vi anser att uppdraget ska gå till MKB.' },
      { name: 'Servicenämnden', answer: 'Det naturliga valet är enligt nämnden fritidsnämnden.' },
      { name: 'Tekniska nämnden', answer: 'Rollen passar enligt vår bedömning Kulturnämnden bäst.' },
      { name: 'Grundskolenämnden', answer: 'Nämnden ser gärna att Förskolenämnden får den samordnande rollen.' },
    ]);
    expect(choices(t, 'KN')).toEqual(['KS']);
    expect(choices(t, 'MN')).toEqual(['MKB']);
    expect(choices(t, 'SN')).toEqual(['FRN']);
    expect(choices(t, 'TN')).toEqual(['KN']);
    expect(choices(t, 'GRN')).toEqual(['FSKN']);
  });
});

describe('a coordinator question put as "huvudman"', () => {
  it('is found, and "bör vara huvudman" proposes', async () => {
    const t = await table([{ name: 'Servicenämnden', answer: 'Nämnden anser att Kulturnämnden bör vara huvudman för satsningen.' }], 'Vem bör vara huvudman för satsningen på trygga stadsdelar?');
    expect(t.question?.text).toMatch(/huvudman/);
    expect(choices(t, 'SN')).toEqual(['KN']);
  });
});

describe('cues first seen in 2023, in other sentences', () => {
  it('"uppfyller alla krav", "ännu bättre", "bedöms ha kapacitet", "anses ha möjlighet att ansvara", "delat ansvar"', async () => {
    const t = await table([
      { name: 'Kulturnämnden', answer: 'Servicenämnden uppfyller alla krav för uppdraget. Ett delat ansvar med Miljönämnden vore ännu bättre.' },
      { name: 'Miljönämnden', answer: 'Grundskolenämnden bedöms ha kapacitet att leda arbetet med trygghet i stadsdelarna.' },
      { name: 'Tekniska nämnden', answer: 'Nämnden anses ha möjlighet att ansvara för arbetet med trygghet i stadsdelarna.' },
    ]);
    expect(choices(t, 'KN')).toEqual(['MN+SN']);
    expect(choices(t, 'MN')).toEqual(['GRN']);
    expect(choices(t, 'TN')).toEqual(['TN']);
  });
});
