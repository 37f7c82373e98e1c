#!/usr/bin/env node
// A synthetic round for benchmarks: the 2023 preamble, then N respondents built from one
// template answer (summary, four question sections, a proposal), each body renamed so that the
// registry does not know it ("Testnämnden 17"); the proposals name a handful of the city's bodies
// in turn, as a real round's do. Usage: synthetic-round.mjs N > round.txt
import { readFileSync } from 'node:fs';

export function syntheticRound(n) {
  const corpus = readFileSync(new URL('../data/rounds/malmo-2023/sammanstallning.txt', import.meta.url), 'utf8');
  const preamble = corpus.slice(0, corpus.indexOf('Inkomna remissyttranden'));
  const questions = [...preamble.matchAll(/•\s+([^•]+?\?)\s*(?=•|$)/gs)].map((m) => m[1].replace(/\s+/g, ' ').trim());
  const parts = [preamble, 'Inkomna remissyttranden i sin helhet\n\n'];
  const proposed = ['Fritidsnämnden', 'MKB', 'stadskontoret', 'Tekniska nämnden', 'Kulturnämnden', `Testnämnden 1`];
  for (let i = 1; i <= n; i++) {
    const name = `Testnämnden ${i}`;
    const other = proposed[i % proposed.length];
    parts.push(
      `${name}\n\nYttrande\n${name} ställer sig positiv till förslaget och vill särskilt lyfta vikten av lokal närvaro i de\n` +
        `geografiska områdena. Nämnden föreslår att ${other} ges den samordnande rollen.\n\n` +
        `${questions[0]}\n${name} deltar i samverkan Communities That Care (CTC) och i Örat mot marken.\n` +
        `Arbetet sker tillsammans med skola, socialtjänst, polis och fritid inom SSPF.\n\n` +
        `${questions[1]}\nNämnden anser att de områden som har störst behov bör prioriteras och att index\n` +
        `behöver kompletteras med indikatorer om barn och ungas uppväxtvillkor.\n\n` +
        `${questions[2]}\n${name} är positiv till modellen men efterfrågar ett tydligare mandat för\n` +
        `den strategiska samverkansplattformen.\n\n` +
        `${questions[3]}\nNämnden anser att ${other} är en lämplig kandidat för samordningsansvaret,\n` +
        `gärna i samverkan med stadskontoret, under förutsättning att uppdraget finansieras.\n\n`,
    );
  }
  return parts.join('');
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(syntheticRound(Number(process.argv[2] ?? 100)));
