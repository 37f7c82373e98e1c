/**
 * What a heading's name is: numbering, a note in brackets and a meeting's date after it are no
 * part of the name ("Fritidsnämnden 2026-03-19" in a tjänsteskrivelse's Beslutsplanering).
 */
import { describe, expect, it } from 'vitest';
import { nameOfHeading } from '../../src/segment/respondents.js';
import { unansweredKind } from '../../src/segment/questions.js';

describe('the name in a heading', () => {
  it.each([
    ['Fritidsnämnden 2026-03-19', 'Fritidsnämnden'],
    ['2.1 Kulturnämnden', 'Kulturnämnden'],
    ['Servicenämnden (beslut)', 'Servicenämnden'],
    ['Agenda 2030-rådet', 'Agenda 2030-rådet'],
    // Organisations side by side in one letterhead send it together; an organisation beside its unit or the document does not.
    ['Bergby kommun | Dalby kommun', 'Bergby kommun och Dalby kommun'],
    ['Region Halland | Varbergs kommun | Falkenbergs kommun', 'Region Halland, Varbergs kommun och Falkenbergs kommun'],
    ['Malmö stad | Stadskontoret', 'Malmö stad | Stadskontoret'],
    ['Lunds kommun | Svarsformulär', 'Lunds kommun | Svarsformulär'],
  ])('%j → %j', (heading, name) => {
    expect(nameOfHeading(heading)).toBe(name);
  });

  it.each(['Beslutsplanering', 'SIGNERAD', 'Ansvariga', 'Expedieras'])('%j is a part of a tjänsteskrivelse that answers nothing', (h) => {
    expect(unansweredKind(h)).toBe('reservations');
  });
});
