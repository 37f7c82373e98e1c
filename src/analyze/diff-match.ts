/**
 * Matching the parts of two rounds: each question of the new round with the most similar question
 * of the old one, and each respondent of the new round with the same body in the old one.
 *
 * Questions are reworded and reordered between rounds, so they are compared by their stemmed
 * content words (the measure that maps answer headings to questions, src/segment/questions.ts),
 * weighted by how rare a word is in the two rounds' text: "lokal utveckling", which every answer
 * repeats, says little about which question is which.
 *
 * Respondents are the same body when the registry gives them the same id. A body the registry does
 * not know has an id derived from its name as written, which OCR damage ("Raddningstjansten") or a
 * small renaming ("Räddningstjänst Syd AB") changes; such bodies are matched by their folded names.
 */
import type { Question, Respondent, Round } from '../model.js';
import { foldWords } from '../normalize/fold.js';
import { contentStems, levenshtein, stemSimilarity } from '../normalize/words.js';
import { matchQuestions, questionModel, wordWeights } from '../segment/questions.js';
import { loadRegistry, stripCompanyForm } from '../segment/registry.js';
import { coordinatorQuestion } from './coordinator.js';
import { loadData } from '../data.js';
import { fold } from '../normalize/fold.js';
import { letterRegExp } from '../normalize/letters.js';

/**
 * Below this the best old question is no counterpart: a question about follow-up shares only
 * the round's everyday words ("arbetet", "nämnderna") with the old ones, and scores well under
 * it; a reworded question keeps its rare words and scores well above.
 */
export const MIN_QUESTION_SIMILARITY = 0.3;

export interface QuestionPair {
  /** Id of the new question. */
  new: string;
  /** Id of the old question it corresponds to, or null. */
  old: string | null;
  /** Similarity of the two, 0–1 (two decimals), or null without a counterpart. */
  similarity: number | null;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The round's text as paragraphs, for the word weights. */
function paragraphs(round: Round): string[] {
  const out = round.questions.map((q) => q.text);
  for (const s of round.segments) out.push(...s.text.split(/\n\s*\n/).filter((p) => p.trim() !== ''));
  return out;
}

/**
 * Each new question with its old counterpart, one to one: the most similar pair first, so a
 * reordered round pairs every question with its own even when two old questions share words.
 */
export function alignQuestions(
  oldRound: Round,
  newRound: Round,
  overrides: ReadonlyMap<string, string | null> = new Map(),
): { pairs: QuestionPair[]; unmatchedOld: Question[] } {
  const weights = wordWeights([...paragraphs(oldRound), ...paragraphs(newRound)]);
  const model = questionModel(oldRound.questions, weights);
  const candidates: Array<{ n: string; o: string; score: number }> = [];
  const scores = new Map<string, number>();
  for (const q of newRound.questions) {
    for (const m of matchQuestions(model, q.text)) {
      candidates.push({ n: q.id, o: m.question, score: m.score });
      scores.set(`${q.id}|${m.question}`, m.score);
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const byNew = new Map<string, { o: string; score: number }>();
  const usedOld = new Set<string>();
  const pair = (n: string, o: string): void => {
    byNew.set(n, { o, score: scores.get(`${n}|${o}`) ?? 0 });
    usedOld.add(o);
  };
  // The analyst's word first (--align NEW=OLD; OLD empty: no counterpart).
  for (const [n, o] of overrides) {
    if (o === null) byNew.set(n, { o: '', score: -1 });
    else pair(n, o);
  }
  // Then the questions by what they ask: who should coordinate, which processes are under way —
  // however each round words them ("vem bör leda" / "vilken nämnd bör ha samordningsansvaret").
  for (const kind of [coordinatorQuestion, processQuestion]) {
    const n = kind(newRound.questions);
    const o = kind(oldRound.questions);
    if (n && o && !byNew.has(n.id) && !usedOld.has(o.id)) pair(n.id, o.id);
  }
  for (const c of candidates) {
    if (c.score < MIN_QUESTION_SIMILARITY) break;
    if (byNew.has(c.n) || usedOld.has(c.o)) continue;
    byNew.set(c.n, { o: c.o, score: c.score });
    usedOld.add(c.o);
  }
  const pairs = newRound.questions.map((q) => {
    const m = byNew.get(q.id);
    return m && m.o !== '' ? { new: q.id, old: m.o, similarity: round2(m.score) } : { new: q.id, old: null, similarity: null };
  });
  return { pairs, unmatchedOld: oldRound.questions.filter((q) => !usedOld.has(q.id)) };
}

/**
 * The question that asks which ongoing processes (collaborations, efforts) a respondent takes part
 * in: the one with most of the words of data/lexicon/sections.json (processQuestion), not the
 * coordinator question.
 */
export function processQuestion(questions: Question[]): Question | undefined {
  const words = loadData<{ processQuestion: string[] }>('lexicon/sections.json').processQuestion.map(fold);
  const coordinator = coordinatorQuestion(questions);
  let best: { q: Question; hits: number } | undefined;
  for (const q of questions) {
    if (q === coordinator) continue;
    const text = fold(q.text);
    const hits = words.filter((w) => letterRegExp(`(?:^|[^\\p{L}])${w}`, 'u').test(text)).length;
    if (hits > 0 && (!best || hits > best.hits)) best = { q, hits };
  }
  return best?.q;
}

export interface RespondentPair {
  old: Respondent;
  new: Respondent;
  /** How they were matched: the same id, or a similar name (then with its similarity). */
  by: 'id' | 'name';
  similarity: number;
}

/** Below this two names are different bodies. */
export const MIN_NAME_SIMILARITY = 0.75;

/** The names a respondent goes by: as written, and the registry's names for a known body. */
function namesOf(r: Respondent): string[] {
  const body = r.known ? loadRegistry().byId.get(r.id) : undefined;
  return [r.name, ...(body?.names ?? [])].map((n) => stripCompanyForm(foldWords(n)));
}

/**
 * How alike two folded names are, 0–1: by edit distance (OCR damage: "raddningstjansten syd"),
 * or by their stemmed words when a word is inflected, added or dropped ("räddningstjänst syd").
 */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const len = Math.max(a.length, b.length);
  // As many slips as the registry tolerates in a name of this length: "syd" → "nord" is three.
  const tol = len < 8 ? 0 : len < 16 ? 1 : len < 30 ? 2 : 3;
  const d = tol === 0 ? (a === b ? 0 : 1) : levenshtein(a, b, tol);
  const byEdits = d > tol ? 0 : 1 - d / len;
  const sa = contentStems(a);
  const sb = contentStems(b);
  if (sa.length === 0 || sb.length === 0) return byEdits;
  const cover = (x: string[], y: string[]): number => x.reduce((acc, s) => acc + Math.max(0, ...y.map((t) => stemSimilarity(s, t))), 0);
  const byWords = (cover(sa, sb) + cover(sb, sa)) / (sa.length + sb.length);
  return Math.max(byEdits, byWords);
}

/**
 * Pairs of the same body in two rounds (in the new round's order), with the respondents only the
 * new round has (added) and only the old one has (removed). Two bodies the registry knows as
 * different are never paired, however alike their names.
 */
export function matchRespondents(
  oldList: Respondent[],
  newList: Respondent[],
): { pairs: RespondentPair[]; added: Respondent[]; removed: Respondent[] } {
  const pairOf = new Map<Respondent, RespondentPair>();
  const usedOld = new Set<Respondent>();
  const oldById = new Map(oldList.map((r) => [r.id, r]));
  for (const n of newList) {
    const o = oldById.get(n.id);
    if (o && !usedOld.has(o)) {
      pairOf.set(n, { old: o, new: n, by: 'id', similarity: 1 });
      usedOld.add(o);
    }
  }
  const candidates: Array<{ o: Respondent; n: Respondent; sim: number }> = [];
  for (const n of newList) {
    if (pairOf.has(n)) continue;
    for (const o of oldList) {
      if (usedOld.has(o) || (o.known && n.known)) continue;
      let sim = 0;
      for (const a of namesOf(o)) for (const b of namesOf(n)) sim = Math.max(sim, nameSimilarity(a, b));
      if (sim >= MIN_NAME_SIMILARITY) candidates.push({ o, n, sim });
    }
  }
  candidates.sort((a, b) => b.sim - a.sim);
  for (const c of candidates) {
    if (pairOf.has(c.n) || usedOld.has(c.o)) continue;
    pairOf.set(c.n, { old: c.o, new: c.n, by: 'name', similarity: round2(c.sim) });
    usedOld.add(c.o);
  }
  return {
    pairs: newList.filter((n) => pairOf.has(n)).map((n) => pairOf.get(n)!),
    added: newList.filter((n) => !pairOf.has(n)),
    removed: oldList.filter((o) => !usedOld.has(o)),
  };
}
