/**
 * A web page copied to text (src/normalize/web-chrome.ts): the site's own lines are furniture, the
 * page's content stays — pages written for the test, of several sites' habits.
 */
import { describe, expect, it } from 'vitest';
import type { Line } from '../../src/model.js';
import { MIN_BREADCRUMB_STEPS, MIN_WEB_CHROME, removeWebChrome } from '../../src/normalize/web-chrome.js';
import { buildRound } from '../../src/round.js';

const lines = (texts: string[]): Line[] => texts.map((text, i) => ({ text, page: null, line: i + 1, source: 0 }));
const kept = (texts: string[]): string[] => removeWebChrome(lines(texts)).lines.map((l) => l.text);

const ANSWER = ['Yttrande från kulturnämnden', '', 'Kulturnämnden ser positivt på förslaget.', '', 'Kulturnämnden', 'Sara Nyström (S)', 'Ordförande'];

describe("a web page's own lines", () => {
  it.each([
    [['Hoppa till innehållet', 'Lyssna', 'Sök', 'Meny', 'Utbildning och förskola', 'Politik och demokrati', '', 'Start / Politik och demokrati / Remisser / Yttrande från kulturnämnden', '', ...ANSWER, '', 'Dela sidan', 'Facebook', 'LinkedIn', 'E-post', 'Skriv ut', '', 'Senast uppdaterad: 2026-05-07']],
    [['Gå till innehållet', 'Hem > Kommun och politik > Remissvar', '', ...ANSWER, '', 'Sidan uppdaterades: 4 maj 2026', 'Sidansvarig: Stadskontoret', '', 'Relaterade sidor', 'Remissvar från Fritidsnämnden', 'Remissvar från tekniska nämnden', '', 'Till toppen']],
    [['Godkänn alla kakor', 'Anpassa inställningar', '', 'Lyssna på sidan', '', ...ANSWER, '', 'Var informationen på sidan till hjälp?', 'Ja', 'Nej', 'Malmö stad', 'Kontaktcenter', '', 'Tillgänglighetsredogörelse', 'Om webbplatsen']],
  ])('are furniture, the answer stays: %#', (page) => {
    const rest = kept(page).filter((t) => t !== '');
    expect(rest).toEqual(ANSWER.filter((t) => t !== ''));
  });

  it('a document that is no web page keeps its lines, "Ja", "Nej" and "Kontakt" among them', () => {
    expect(MIN_WEB_CHROME).toBe(3);
    const form = ['Fråga 3: Deltar nämnden i SSPF?', 'Ja', 'Nej', '', 'Kontakt', 'Sara Holm, utredare', '', 'Skriv ut', 'Dela sidan'];
    expect(kept(form)).toEqual(form);
  });

  it('a breadcrumb has at least MIN_BREADCRUMB_STEPS steps after its first: pinned', () => {
    expect(MIN_BREADCRUMB_STEPS).toBe(2);
    const text = ['Start / Remisser', 'Hoppa till innehållet', 'Dela sidan', ...ANSWER];
    expect(kept(text)).toContain('Start / Remisser');
  });

  it("in a round: the pages linked under 'Relaterade sidor' are no respondents, and the answer's own question headings stay its own", async () => {
    const page = [
      'Hoppa till innehållet', 'Lyssna', 'Meny', 'Politik och demokrati', '',
      'Start / Politik och demokrati / Remisser / Yttrande från arbetsmarknads- och socialnämnden', '',
      'Yttrande från arbetsmarknads- och socialnämnden', '',
      'Svar på remissfråga 1', '', 'Nämnden ser positivt på förslaget.', '',
      'Svar på remissfråga 2', '', 'Nämnden föreslår att kommunstyrelsen samordnar arbetet.', '',
      'Dela sidan', 'Skriv ut', '', 'Senast uppdaterad: 2026-05-08', '',
      'Relaterade sidor', 'Remissvar från Fritidsnämnden', 'Remissvar från tekniska nämnden', '',
    ].join('\n');
    const round = await buildRound([{ path: 'Yttrande från Arbetsmarknads- och socialnämnden – Malmö stad.txt', bytes: Buffer.from(page) }], {
      questions: ['Hur ser ni på förslaget?', 'Vilken nämnd bör samordna arbetet?'],
    });
    expect(round.respondents.map((r) => r.id)).toEqual(['ASN']);
    expect(round.segments.find((s) => s.text.includes('kommunstyrelsen samordnar'))).toMatchObject({ respondent: 'ASN', question: 'Q2' });
  });
});
