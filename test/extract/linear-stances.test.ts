/**
 * The stance rules added for contrasts, counterparts, bodies going along, names not read as a
 * body, conditions, whoever gets the role and another function stay linear: one sentence made of thousands of them,
 * and 4× that, must cost at most about 5× the time (a quadratic path costs 16×).
 */
import { describe, expect, it } from 'vitest';
import { tabulate } from '../../src/analyze/tabulate.js';
import { roundFromText } from '../helpers.js';
import { compile } from './support.js';

async function cost(sentence: string): Promise<number> {
  const round = await roundFromText(compile([{ name: 'Kulturnämnden', answer: sentence }]));
  const t = process.cpuUsage();
  tabulate(round);
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1e6;
}

const UNITS = [
  'Ansvaret bör ligga hos stadskontoret och inte hos MKB, snarare än hos Region Halland ',
  'fritidsnämnden bör samordna arbetet gentemot MKB och servicenämnden, med Föreningen Gården som stöd ',
  'stadskontoret och Polisstation Syd och Polisområde Malmö i samverkan med Stiftelsen Framtid ',
  ', förutsatt att den som får uppdraget bör redovisa, om fråga 3 som vi hoppade över: SKR anser att MKB bör leda, annars inte ',
  // A role's object read to the end of the clause for every role word in it (found by fuzzing).
  'en teknisk nämnd med ansvar för belysningen och ansvar för i första hand driften ',
  // A decision's unquoted additions, thousands in one sentence.
  'nämnden beslutar att översända förslaget med tillägget att ',
  'Vi ser det med tillägget att det ska följas upp. ',
  // Bodies joined before a verb of saying, and others' views reported (found by fuzzing: a walk
  // along the joined names from each of them).
  ', MKB « , . , då ” ',
  'tekniska nämnden och servicenämnden har i utkastet framhållit att kommunstyrelsen, ',
  'de remissinstanser som förordar MKB och ',
  // One role split by scope, thousands of parts.
  'för skolnära frågor bör MKB samordna, i innerstaden tekniska nämnden, ',
];

describe('stance rules on hostile text', () => {
  it.each(UNITS)('%j repeated: 4× the input at most ~5× the time', async (unit) => {
    await cost(unit.repeat(200)); // warm up
    const small = await cost(unit.repeat(1500));
    const large = await cost(unit.repeat(6000));
    expect(large, `1×: ${small.toFixed(2)} s, 4×: ${large.toFixed(2)} s`).toBeLessThan(Math.max(small, 0.1) * 5.5 + 0.5);
    expect(large).toBeLessThan(8);
  }, 60_000);
});
