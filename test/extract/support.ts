/** Small compilations written for the extract tests: a preamble, then each respondent's answer. */
import { tabulate, type Table } from '../../src/analyze/tabulate.js';
import { roundFromText } from '../helpers.js';
import { buildRound } from '../../src/round.js';

export const QUESTION = 'Vilken nämnd eller vilket bolag bör få den samordnande rollen för arbetet med trygghet i stadsdelarna?';

export interface Answer {
  name: string;
  summary?: string;
  answer?: string;
}

/** A small compilation: a preamble with two questions, then each respondent's answer. */
export function compile(answers: Answer[], question = QUESTION): string {
  const out = ['Remissen om ”Trygghet i stadsdelarna” ställde två remissfrågor:', '', '• Hur ser ni på förslaget i stort?', '', `• ${question}`, '', 'Inkomna svar', ''];
  for (const a of answers) {
    out.push(a.name, '', 'Yttrande', a.summary ?? `${a.name} har tagit del av förslaget.`, '');
    if (a.answer !== undefined) out.push(question, a.answer, '');
  }
  return out.join('\n');
}

export async function table(answers: Answer[], question?: string): Promise<Table> {
  return tabulate(await roundFromText(compile(answers, question)));
}

/** The members (sorted) and generic flag of each choice of a row. */
export function choices(t: Table, respondent: string): string[] {
  const row = t.rows.find((r) => r.respondent === respondent)!;
  return row.choices
    .map((id) => t.columns.find((c) => c.id === id)!)
    .map((c) => [...c.members].sort().join('+') + (c.generic ? '~generic' : ''))
    .sort();
}

export const row = (t: Table, id: string) => t.rows.find((r) => r.respondent === id)!;

/** One document of minutes read with the given questions: a respondent's choices (members joined, sorted) and its review notes in one string. */
export async function minutesRow(text: string, questions: string[], id = 'SN'): Promise<{ choices: string[]; review: string }> {
  const t = tabulate(await buildRound([{ path: 'utdrag.txt', bytes: Buffer.from(text) }], { questions }));
  const r = t.rows.find((x) => x.respondent === id)!;
  return { choices: r.choices.map((c) => [...t.columns.find((col) => col.id === c)!.members].sort().join('+')), review: r.review.join(' | ') };
}

/** One answer of "Servicenämnden" (or the given body) read alone: its choices (as `choices` gives them), condition, stance and review in one string. */
export async function readAnswer(answer: string, name = 'Servicenämnden', id = 'SN'): Promise<{ choices: string[]; conditional: boolean; stance: string; review: string }> {
  const t = await table([{ name, answer }]);
  const r = row(t, id);
  return { choices: choices(t, id), conditional: r.conditional, stance: r.stance, review: r.review.join(' | ') };
}
