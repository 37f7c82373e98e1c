/**
 * Preparing a sentence for reading a stance: quotations of others are blanked (a respondent
 * quoting the proposal is not proposing), reasons ("eftersom …") are blanked, a hypothetical
 * opening ("I det fall …", "Om …,") is blanked, and the rest is cut into clauses at ", men",
 * ";" and the like. Blanking replaces characters with spaces, so offsets stay those of the
 * sentence.
 */
import { loadCues, type Cues } from './lexicon.js';
import { loadStructure } from '../normalize/structure.js';
import { letterRegExp } from '../normalize/letters.js';
import { lowerBound } from '../sorted.js';
import { loadData } from '../data.js';
import { fold } from '../normalize/fold.js';
import { escapeRegex } from '../normalize/ocr.js';

export interface Clause {
  start: number;
  end: number;
}

/**
 * Blanks ranges of a string in one pass. Each range blanked by slicing the whole sentence again
 * would make a sentence with thousands of quotes or reasons quadratic.
 */
export function blankAll(s: string, ranges: Array<{ start: number; end: number }>): string {
  if (ranges.length === 0) return s;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const r of sorted) {
    // A range may reach past the end (a mention beyond a label's text): blank to the end only.
    const start = Math.min(Math.max(r.start, at), s.length);
    const end = Math.min(Math.max(r.end, start), s.length);
    parts.push(s.slice(at, start), ' '.repeat(end - start));
    at = end;
  }
  parts.push(s.slice(at));
  return parts.join('');
}

/**
 * Another's document speaking before a quotation ("förslaget anger att …", "utredningen anför
 * följande: …") or named right before it ("rapporten ”…”"): a reporter among the last four words,
 * as a subject (a word after it that is no "och") or last.
 */
export function reporterSpeaks(cues: Cues, words: string[]): boolean {
  const last = words.slice(-4);
  return last.some((w, k) => cues.reporter.test(w) && (k === last.length - 1 || !cues.listJoiner.test(last[k + 1])));
}

/** Whether the words before a quotation introduce the respondent's own words: a verb of saying among the last `n`, no document speaking. */
export function quotedAsSaid(cues: Cues, words: string[], n: number): boolean {
  return !reporterSpeaks(cues, words) && words.slice(-n).some((w) => cues.speech.test(w));
}

/** The most words into a quotation a modal may stand for the quotation to go on with the clause. */
export const QUOTE_MODAL_WORDS = 4;

/** After a quotation that is the whole sentence: only its full stop. */
const WHOLE_SENTENCE_END = /^[\s.!?]*$/u;

/**
 * Quoted passages of three words or more: a title, a citation, another's words. Not a quote that
 * goes on with the sentence's own verb phrase — opening with a modal, a verb of saying or of
 * agreeing ('Nämnden anser att ansvaret ”bör ligga kvar hos …”', 'skriver att den ”delar
 * stadsbyggnadsnämndens bedömning …”', 'att ansvaret ”i första hand bör …”'), quoted after a
 * verb of saying and a colon ('och anför: ”…”'), or the whole sentence: an analyst quoting the
 * respondent's own words.
 */
function blankQuotes(folded: string, cues: Cues): string {
  const ranges: Array<{ start: number; end: number }> = [];
  const re = /[”"“«]([^”"“»]{0,600})[”"»]/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    const inner = m[1].trim();
    if (inner.split(/\s+/).length < 3) continue;
    const first = /^[\p{L}\p{N}]+/u.exec(inner)?.[0] ?? '';
    // The words right before (a bounded look back: the sentence may hold thousands of quotes).
    const back = folded.slice(Math.max(0, m.index - 40), m.index);
    const backWords = back.match(/[\p{L}]+/gu) ?? [];
    // Another's document speaking ("förslaget anger att …", "utredningen anför följande: …") is
    // another's: a reporter among the last words, as a subject (a verb after it, not "och").
    // The word right before it a document ("rapporten ”…”"): the quotation is its title or words.
    const byReporter = reporterSpeaks(cues, backWords);
    const continues = m.index > 0 && /[\p{L}\p{N}]\s+$/u.test(back.slice(-8));
    // The clause's own verb phrase goes on in the quote: a modal, a verb of saying or agreeing
    // first, or a modal a few words in ("att ansvaret ”i första hand bör ges till …”").
    const verbPhrase =
      cues.modalWord.test(first) || cues.speech.test(first) || cues.endorse.find(inner).some((e) => e.start === 0) || (!byReporter && (inner.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, QUOTE_MODAL_WORDS).some((w) => cues.modalWord.test(w)));
    // "… och anför: ”RF-SISU ställer sig bakom …”", "… anför följande: ”…”": the words quoted after
    // a verb of saying (one of the last two words) and a colon.
    // So are those after the respondent's own document and a colon ("I yttrandet står: ”…”").
    // And after a saying that goes on a few words before the colon ("MKB föreslår att samordningen
    // delas geografiskt: ”…”"), the quotation is what it says.
    const said = /:\s*$/u.test(back) && (quotedAsSaid(cues, backWords, 2) || ownDocumentSays(folded, m.index, cues) || quotedAsSaid(cues, clauseWordsBefore(folded, m.index), SAID_BEFORE_COLON_WORDS));
    // "… anser nämnden att ”ansvaret i första hand bör …”": a that-clause of a verb of saying, quoted whole.
    const saidThat = !byReporter && /\satt\s+$/u.test(back) && backWords.slice(-4, -1).some((w) => cues.speech.test(w));
    // "”Vi förordar att …”" with nothing around it: the respondent's answer as the compiler quotes
    // it (a table's cell, a summary), not another's words set into the respondent's sentence.
    const wholeSentence = folded.slice(0, m.index).trim() === '' && WHOLE_SENTENCE_END.test(folded.slice(m.index + m[0].length));
    const own = (continues && verbPhrase) || said || saidThat || wholeSentence;
    if (!own) ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  return blankAll(folded, ranges);
}

/** The most words between a verb of saying and the colon before a quotation it introduces. */
export const SAID_BEFORE_COLON_WORDS = 6;

/** The words of the sentence before `at`, within 100 characters and after any stop. */
function clauseWordsBefore(folded: string, at: number): string[] {
  const near = folded.slice(Math.max(0, at - 100), at);
  return near.slice(Math.max(near.lastIndexOf('.'), near.lastIndexOf(';')) + 1).match(/[\p{L}]+/gu) ?? [];
}

/** The respondent's own document right before a colon and a quotation: "I yttrandet står: ”…”". */
function ownDocumentSays(folded: string, quote: number, cues: Cues): boolean {
  const from = Math.max(0, quote - 80);
  const back = folded.slice(from, quote);
  const colon = back.lastIndexOf(':');
  return cues.ownDocumentSays.find(back).some((c) => back.slice(c.end, colon).trim() === '');
}

/** Reason clauses: from "eftersom", ", då", "vilket" … to the next comma or the end. */
function blankReasons(folded: string, cues: Cues): string {
  const ranges: Array<{ start: number; end: number }> = [];
  const stop = /[,;.]/g;
  // The next stop after a cue, found once for all the cues before it: searching from every cue
  // to a stop far away (or none) is quadratic in a sentence of many reasons.
  let next = -1;
  for (const cue of cues.justification.find(folded)) {
    // "då" is a reason only after a comma (", då det inte anses …"); elsewhere it is "then"/"when".
    // So is "givet" (", givet nämndens ansvar för …"; "ett givet val" is no reason).
    if (cues.justificationAfterComma.has(fold(cue.phrase)) && !afterComma(folded, cue.start)) continue;
    // "anser därför att", "anser nämnden därför att" (its subject inverted after it): after a verb
    // of saying, "därför" is "therefore" and "att" opens what is said.
    const before = previousWord(folded, cue.start);
    if (before !== undefined && cues.speech.test(before)) continue;
    const twoBefore = before === undefined ? undefined : previousWord(folded, folded.lastIndexOf(before, cue.start));
    if (twoBefore !== undefined && cues.speech.test(twoBefore)) continue;
    if (next < cue.end) {
      stop.lastIndex = cue.end;
      const m = stop.exec(folded);
      next = m ? m.index : folded.length;
    }
    let end = next;
    // "Eftersom … ligger på X anser nämnden att …": a reason opening the sentence ends where the
    // main clause begins, at its (inverted) verb of saying — also after the answer's label
    // ("Fråga 3: Eftersom …").
    if (folded.slice(0, cue.start).trim() === '' || (cue.start > 0 && cue.start === sentenceLead(folded))) {
      const word = /[\p{L}\p{N}]+/gu;
      word.lastIndex = cue.end;
      let w: RegExpExecArray | null;
      let first = true;
      while ((w = word.exec(folded)) !== null && w.index < end) {
        if (!first && cues.speech.test(w[0])) {
          end = w.index;
          break;
        }
        first = false;
      }
    }
    ranges.push({ start: cue.start, end });
  }
  return blankAll(folded, ranges);
}

/** The word that ends nearest before `pos`. */
export function previousWord(s: string, pos: number): string | undefined {
  return wordBefore(s, pos)?.text;
}

/** The word that ends nearest before `pos`, and where it starts. */
function wordBefore(s: string, pos: number): { text: string; start: number } | undefined {
  // Scanned backwards within 60 characters (a regex anchored at the end would retry every start).
  const limit = Math.max(0, pos - 60);
  let end = pos;
  while (end > limit && !isWordChar(s[end - 1])) end--;
  if (end === limit) return undefined;
  let start = end;
  while (start > limit && isWordChar(s[start - 1])) start--;
  return { text: s.slice(start, end), start };
}

const isWordChar = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);

/** Whether only whitespace stands between a comma and `pos`. */
function afterComma(s: string, pos: number): boolean {
  return precedingComma(s, pos) >= 0;
}

/**
 * Where a hypothetical or scoping opening ends: at the first comma, or — written without one — where
 * the main clause begins with its verb before the subject ("Om resurser tillförs är nämnden beredd
 * …": at "är nämnden"); else the whole sentence. Undefined when the sentence has no such opening.
 */
export function hypothesisEnd(folded: string, cues: Cues = loadCues()): number | undefined {
  // Asked several times per sentence (preparing it, its condition, its topic): read once.
  if (lastEnd?.folded === folded && lastEnd.cues === cues) return lastEnd.end;
  const end = findHypothesisEnd(folded, cues);
  lastEnd = { folded, cues, end };
  return end;
}

let lastEnd: { folded: string; cues: Cues; end: number | undefined } | undefined;

/**
 * Where a sentence's words begin: after its leading space and a list mark or number of its own
 * ("4) Om planen utvidgas …", "• Om resurser tillförs …", "Fråga 3: Om …"), so that an opening reads the same in a
 * numbered answer as alone.
 */
export function sentenceLead(folded: string): number {
  // The labels an answer refers to a question by (data/lexicon/sections.json questionReference).
  labelled ??= letterRegExp(
    `^\\s*(?:(?:${loadData<{ questionReference: { labels: string[] } }>('lexicon/sections.json')
      .questionReference.labels.map((w) => escapeRegex(fold(w)).replace(/\s+/g, '\\s+'))
      .join('|')})\\s*\\d{1,2}(?:\\s?[a-h])?\\s*[:.)–-]\\s*|\\(?\\d{1,2}(?:\\s?[a-h])?[.):]\\s+|\\(?[a-h][.)]\\s+|[•▪●◦*–-]\\s+)?`,
    'u',
  );
  return labelled.exec(folded)![0].length;
}

/**
 * An answer's inline label ("Fråga 3: …", "Svar på fråga 2. …", "Fråga 3 b: …"), a number, a
 * question's lettered part ("a) …", "3 a) …") or a bullet: what a sentence's lead passes over.
 */
let labelled: RegExp | undefined;

function findHypothesisEnd(folded: string, cues: Cues): number | undefined {
  const lead = sentenceLead(folded);
  const open = cues.hypothetical.find(folded).find((c) => c.start === lead);
  if (!open) return undefined;
  // "Vid en samlad bedömning …": the ground of the judgement that follows, no scope.
  if (cues.judgementOpener.find(folded).some((j) => j.start === lead)) return undefined;
  // A comma ends the opening, or a colon ("Om fråga 3 som vi hoppade över: vi tycker att …").
  const stop = /[,:]/u.exec(folded.slice(open.end));
  const comma = stop ? open.end + stop.index : -1;
  // Only a condition ("Om …") ends at the inverted main clause; a scope ("Vid satsningar på … bör X
  // samordna …") colours its whole sentence.
  const conditional = cues.conditionalOpener.find(folded).some((c) => c.start === lead);
  const at = conditional ? mainClauseStart(folded, open.end, cues) : -1;
  if (at >= 0 && (comma < 0 || at < comma)) return at;
  return comma < 0 ? folded.length : comma + 1;
}

/**
 * Where the main clause begins after a fronted clause written without a comma (from `from`), or
 * -1: its inverted verb and subject ("… bör nämnden"), the verb, a subject of any name and
 * readiness ("… är Hamnbolaget Syd berett att"), a verb of saying with "att" a few words on
 * ("… anser Region Skåne att"), or the modal of its role predicate ("… bör MKB leda arbetet",
 * "… bör det samordnande ansvaret ges till X": the last modal before that verb, the fronted
 * clause may have a modal of its own).
 */
function mainClauseStart(folded: string, from: number, cues: Cues): number {
  const rest = folded.slice(from);
  const inverted = cues.invertedMain.exec(rest);
  if (inverted) return from + inverted.index;
  const ready = cues.invertedReady.exec(rest);
  if (ready) return from + ready.index;
  const said = sayingThat(folded, from, cues);
  if (said >= 0) return said;
  const preds = cues.rolePredicate.find(rest);
  const last = preds.filter((p) => p.end === preds[0]?.end).pop();
  return last && last.start > 0 ? from + last.start : -1;
}

/**
 * Whether a sentence's opening is a topic, not a condition: "Om fråga 3 …:" (about question 3)
 * ends at a colon, where a condition ("Om resurser tillförs, …") ends at a comma or the main clause.
 */
export function openingIsTopic(folded: string, cues: Cues = loadCues()): boolean {
  const end = hypothesisEnd(folded, cues);
  return end !== undefined && folded[end - 1] === ':';
}

/** Where, after `from`, a verb of saying stands with "att" within four words after it (-1 if nowhere). */
function sayingThat(folded: string, from: number, cues: Cues): number {
  const words = [...folded.slice(from).matchAll(/[\p{L}\p{N}]+/gu)];
  for (let i = 1; i < words.length; i++) {
    if (!cues.speech.test(words[i][0])) continue;
    if (words.slice(i + 1, i + 6).some((w) => cues.subordinator.test(w[0]))) return from + words[i].index!;
  }
  return -1;
}

function blankHypothesis(folded: string, cues: Cues): string {
  const end = hypothesisEnd(folded, cues);
  return end === undefined ? folded : blankAll(folded, [{ start: 0, end }]);
}

/**
 * Conditions inside a sentence ("I andra hand, om lagstiftaren väljer att inte peka ut X, bör …";
 * "…, förutsatt att uppdraget formaliseras av X"): what they say is the case considered, not the
 * respondent's proposal or refusal. From the opener to the next comma (or the sentence end).
 */
export function conditionAsides(folded: string, cues: Cues = loadCues()): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  // From the sentence's own words: an inline label ("Fråga 3: Under förutsättning att …") is no part of it.
  const lead = sentenceLead(folded);
  // The next comma after an opener, found once for all the openers before it (linear in many openers).
  let comma = -2;
  for (const c of cues.conditionalOpener.find(folded)) {
    // After a comma, or a condition of several words ("… under förutsättning att X deltar"); a
    // bare "om" without a comma is too often "about" ("frågan om samordning").
    if (c.start <= lead || !(afterComma(folded, c.start) || /\s/u.test(c.phrase) || supposedCase(folded, c, cues))) continue;
    if (comma !== -1 && comma < c.end) comma = folded.indexOf(',', c.end);
    // "Nämnden är – under förutsättning att … – beredd att …": inserted between dashes or in
    // brackets, the condition ends where they close, the sentence goes on after.
    const close = asideClose(folded, c.start);
    const end = comma < 0 ? folded.length : comma + 1;
    out.push({ start: c.start, end: close !== undefined && close < end ? close + 1 : end });
  }
  return out;
}

/** The longest aside between dashes or in brackets that is read as one ("– i likhet med …, bland annat X –"). */
export const MAX_ASIDE = 300;

/**
 * Where an aside opened right before `at` closes: a dash set apart by spaces ("nämnden anser – i
 * likhet med … – att") closes at the next such dash, a bracket at its closing bracket, within
 * MAX_ASIDE characters. Undefined when no aside opens there or it does not close.
 */
export function asideClose(folded: string, at: number): number | undefined {
  let i = at;
  while (i > 0 && /\s/u.test(folded[i - 1])) i--;
  const open = folded[i - 1];
  // Looked for within MAX_ASIDE characters only: a search to the text's end from every cue of a
  // sentence of thousands would be quadratic.
  const window = folded.slice(at, at + MAX_ASIDE + 2);
  if (open === '(') {
    const close = window.indexOf(')');
    return close >= 0 && close <= MAX_ASIDE ? at + close : undefined;
  }
  if ((open === '–' || open === '—' || open === '-') && /\s/u.test(folded[i - 2] ?? '') && i < at) {
    const close = /\s[–—-](?=\s)/u.exec(window);
    return close && close.index <= MAX_ASIDE ? at + close.index + 1 : undefined;
  }
  return undefined;
}

/**
 * A view the respondent shares, inserted as an aside: "Nämnden anser – i likhet med flera andra
 * nämnder, bland annat X – att …", "(liksom X)", ", precis som X, att …" — from the cue
 * (coordination.json sharedView) to where the aside closes. X holds the view too; it is not put
 * forward. After a comma only when "att" follows the closing comma (else "X, liksom Y, bör …" is a list).
 */
export function sharedViewAsides(folded: string, cues: Cues = loadCues()): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const v of cues.sharedView.find(folded)) {
    const close = asideClose(folded, v.start);
    if (close !== undefined) {
      out.push({ start: v.start, end: close + 1 });
      continue;
    }
    if (!afterComma(folded, v.start)) continue;
    const offset = folded.slice(v.end, v.end + MAX_ASIDE + 1).indexOf(',');
    const comma = v.end + offset;
    if (offset >= 0 && /^,\s*att(?![\p{L}\p{N}])/u.test(folded.slice(comma, comma + 8))) out.push({ start: v.start, end: comma + 1 });
  }
  return out;
}

/** The words of a text. */
const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * A bare "om" that is a condition by its shape: after "och"/"men" (coordination.json
 * conditionJoiners) and with a verb of a supposed case a few words on ("…, och om samordningen
 * skulle läggas på X riskerar …"). "Frågan om vem som skulle …" (about) has no joiner before it.
 */
function supposedCase(folded: string, opener: { start: number; end: number }, cues: Cues): boolean {
  const before = wordsOf(folded.slice(Math.max(0, opener.start - 12), opener.start)).pop();
  if (before === undefined || !cues.conditionJoiner.test(before)) return false;
  const next = folded.slice(opener.end, opener.end + 80).split(/[,.;:!?]/u)[0];
  return wordsOf(next).slice(0, 7).some((w) => cues.hypotheticalModal.test(w));
}

/**
 * Whoever gets the role, as a subject ("den som får uppdraget bör redovisa till rådet"): the
 * phrase and its relative clause, up to the main verb (a modal) or five words on. A requirement on
 * whoever gets the role puts no one in it.
 */
export function whoeverSpans(folded: string, cues: Cues = loadCues()): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const word = /[\p{L}\p{N}]+/gu;
  for (const w of cues.whoever.find(folded)) {
    word.lastIndex = w.end;
    let end = w.end;
    for (let k = 0; k < 5; k++) {
      const x = word.exec(folded);
      if (!x || x.index - end > 80 || cues.modalWord.test(x[0]) || /[,.;:!?]/u.test(folded.slice(end, x.index))) break;
      end = x.index + x[0].length;
    }
    out.push({ start: w.start, end });
  }
  return out;
}

/**
 * An option weighed, not proposed: "har övervägt om samordningen kan läggas på X", "har övervägt
 * att föreslå sig själv men …", "har funderat på att lägga ansvaret på X" — from "om" (within two
 * words) or "att" (right after the verb, or after "på", "noga", "även", "också") after a verb of
 * considering to the clause end (a stop or "men"). "har diskuterat frågan och anser att X …"
 * weighs nothing: its "att" is the saying's.
 */
export function consideredSpans(folded: string, cues: Cues = loadCues()): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const open = /(?:(?:\s+[\p{L}]+){0,2}?\s+om|(?:\s+(?:pa|noga|aven|ocksa))?\s+att)(?![\p{L}\p{N}])/uy;
  const stop = /[,.;:!?]|\smen(?![\p{L}\p{N}])/gu;
  let next = -1;
  for (const c of cues.considered.find(folded)) {
    open.lastIndex = c.end;
    const m = open.exec(folded);
    if (!m) continue;
    const from = c.end + m[0].length - (m[0].endsWith('att') ? 3 : 2);
    if (next < from) {
      stop.lastIndex = from;
      const x = stop.exec(folded);
      next = x ? x.index : folded.length;
    }
    out.push({ start: from, end: next });
  }
  return out;
}

/**
 * What is conceded, not proposed: "…, även om uppdraget inte är enkelt" to the next stop; "Även om
 * X har viss erfarenhet bör Y leda …" opening the sentence, to its main clause's inverted verb (or
 * a comma). Its negation does not negate the proposal, its "om … får" is no condition on it.
 */
export function concessionSpans(folded: string, cues: Cues = loadCues()): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const stop = /[,;.:]/gu;
  for (const c of cues.concession.find(folded)) {
    stop.lastIndex = c.end;
    const next = stop.exec(folded)?.index ?? folded.length;
    let end = next;
    if (c.start <= sentenceLead(folded)) {
      const main = mainClauseStart(folded, c.end, cues);
      if (main >= 0 && main < next) end = main;
    }
    out.push({ start: c.start, end });
  }
  return out;
}

/**
 * A degree too great and what it rules out: "frågan spänner över för många nämnder för att en
 * facknämnd ska kunna driva den", "uppdraget är alltför brett för att tekniska nämnden ensam ska
 * bära det" — from the cue to the clause's end (a stop or "men"). The body there is one that
 * cannot carry the role, not one proposed.
 */
export function excessSpans(folded: string, cues: Cues = loadCues()): Array<{ start: number; end: number }> {
  return untilStop(folded, cues.excess.find(folded), /[,;.:!?]|\smen(?![\p{L}\p{N}])/gu);
}

/** A purpose clause ("…, så att …", "… för att …", coordination.json purposeOpener): from the opener to the next stop. */
export function purposeSpans(folded: string, cues: Cues = loadCues()): Array<{ start: number; end: number }> {
  return untilStop(folded, cues.purposeOpener.find(folded), /[,;.:!?]/gu);
}

/**
 * Each cue to the first stop after it (a global pattern). The next stop is found once for all the
 * cues before it: searching from every cue to a stop far away is quadratic in a sentence of many.
 */
function untilStop(folded: string, cues: ReadonlyArray<{ start: number; end: number }>, stop: RegExp): Array<{ start: number; end: number }> {
  let next = -1;
  return cues.map((c) => {
    if (next < c.end) {
      stop.lastIndex = c.end;
      next = stop.exec(folded)?.index ?? folded.length;
    }
    return { start: c.start, end: next };
  });
}

/** The folded sentence with what cannot carry the respondent's proposal blanked out. */
export function prepare(folded: string, cues: Cues = loadCues()): string {
  const base = blankQuotes(folded, cues);
  return blankHypothesis(blankReasons(blankAll(base, [...conditionAsides(base, cues), ...whoeverSpans(base, cues), ...consideredSpans(base, cues), ...concessionSpans(base, cues), ...excessSpans(base, cues), ...sharedViewAsides(base, cues)]), cues), cues);
}

/** A body's place in the sentence (src/extract/mentions.ts), as clauses needs it. */
interface MentionSpan {
  start: number;
  end: number;
  genitive?: boolean;
}

let breaks: RegExp | undefined;

/**
 * Clauses of a prepared sentence: cut at ", men", ", medan", ";", " men ", and where ", och" opens
 * a main clause of its own (coordinatedClauses).
 */
export function clauses(prepared: string, mentions: ReadonlyArray<MentionSpan> = [], cues: Cues = loadCues()): Clause[] {
  const cuts: number[] = [];
  // A break starts at a comma or at the first space of a run: ",?\s+" tried at every space of a
  // long run of spaces is quadratic.
  breaks ??= letterRegExp(`(?:,|(?<![\\s,]))\\s+(?:${loadStructure().clauseBreaks})\\s+|;`, 'gu');
  const re = breaks;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(prepared)) !== null) cuts.push(m.index);
  const coordinated = coordinatedClauses(prepared, mentions, cues, cuts);
  if (coordinated.length > 0) {
    const have = new Set(cuts);
    cuts.push(...coordinated.filter((c) => !have.has(c)));
    cuts.sort((a, b) => a - b);
  }
  const out: Clause[] = [];
  let start = 0;
  for (const c of cuts) {
    out.push({ start, end: c });
    start = c;
  }
  out.push({ start, end: prepared.length });
  return out.filter((c) => /\S/.test(prepared.slice(c.start, c.end)));
}

/**
 * Where ", och" opens a main clause of its own (data/lexicon/structure.json coordinatedClause): a
 * body right after it (adverbs aside) followed by its own finite verb, after a clause with a verb
 * of its own — "… bör ligga hos en nämnd med …, och MKB medverkar gärna i …". The cut is at the
 * comma. Mentions and cuts are in order of position; each mention is looked at once.
 */
function coordinatedClauses(prepared: string, mentions: ReadonlyArray<MentionSpan>, cues: Cues, cuts: number[]): number[] {
  const out: number[] = [];
  if (mentions.length === 0 || !prepared.includes(',')) return out;
  out.push(...nounClauses(prepared, mentions, cues));
  const { conjunctions, notVerbs, presentTenseEndings } = loadStructure().coordinatedClause;
  const adverbs = loadStructure().speakerAdverbs;
  // A verb by its ending only where a list word or a preposition cannot be ("… och MKB eller KN",
  // "… och fritidsnämnden under en period"), and where more of the clause follows it.
  const guessed = (w: string, rest: string): boolean => w.length >= 4 && !notVerbs.has(w) && presentTenseEndings.some((e) => w.endsWith(e)) && /^\s+[\p{L}\p{N}]/u.test(rest);
  const knownVerb = finiteVerb(cues);
  const finite = (w: string, rest: string): boolean => knownVerb(w) || guessed(w, rest);
  let clauseStart = 0;
  let c = 0;
  for (const mention of mentions) {
    // "MKB:s hyresgästvärdar kan …": the subject is the noun after a genitive, whose verb is not read here.
    if (mention.genitive) continue;
    // Walk back over adverbs to the conjunction and the comma before it.
    let word = wordBefore(prepared, mention.start);
    for (let k = 0; k < MAX_ADVERBS && word !== undefined && adverbs.has(word.text); k++) word = wordBefore(prepared, word.start);
    if (word === undefined || !conjunctions.has(word.text)) continue;
    const comma = precedingComma(prepared, word.start);
    if (comma < 0) continue;
    // The verb of the new clause, right after the body (adverbs aside).
    const next = /[\p{L}\p{N}]+/gu;
    next.lastIndex = mention.end;
    let after = next.exec(prepared);
    for (let k = 0; k < MAX_ADVERBS && after && adverbs.has(after[0]); k++) after = next.exec(prepared);
    if (!after || !finite(after[0], prepared.slice(after.index + after[0].length, after.index + after[0].length + 3))) continue;
    // … after a clause with a verb of its own, since the last cut before the comma.
    while (c < cuts.length && cuts[c] < comma) clauseStart = cuts[c++];
    const before = prepared.slice(Math.max(clauseStart, comma - 400), comma).match(/[\p{L}\p{N}]+/gu) ?? [];
    if (before.some(knownVerb)) {
      out.push(comma);
      clauseStart = comma;
    }
  }
  return out;
}

/**
 * ", och" followed by a noun that names no body and a verb of a main clause (a modal, "är", a verb
 * of saying): "Arbetet berör skolan, socialtjänsten och MKB, och samordningen bör därför
 * ligga hos kommunstyrelsen". The noun is the new clause's subject; the bodies listed before the
 * comma are no partners of the body after it. The cut is at the comma.
 */
function nounClauses(prepared: string, mentions: ReadonlyArray<MentionSpan>, cues: Cues): number[] {
  const out: number[] = [];
  const { conjunctions } = loadStructure().coordinatedClause;
  const adverbs = loadStructure().speakerAdverbs;
  const knownVerb = finiteVerb(cues);
  // Mentions are in order of position: the one that could hold `at` is the last starting at or before it.
  const inMention = (at: number): boolean => {
    const k = lowerBound(mentions.length, (i) => mentions[i].start > at) - 1;
    return k >= 0 && at < mentions[k].end;
  };
  // Each word read where the last ended (sticky): no search runs ahead over the text.
  const word = /[^\p{L}\p{N}]{0,20}?([\p{L}\p{N}]+)/uy;
  const next = (): RegExpExecArray | null => word.exec(prepared);
  const comma = /,\s+/gu;
  for (let c = comma.exec(prepared); c !== null; c = comma.exec(prepared)) {
    word.lastIndex = c.index + c[0].length;
    const and = next();
    if (!and || !conjunctions.has(and[1]) || and.index !== c.index + c[0].length) continue;
    let subject = next();
    for (let k = 0; k < MAX_ADVERBS && subject && adverbs.has(subject[1]); k++) subject = next();
    if (!subject || subject[1].length < 3 || inMention(word.lastIndex - 1) || knownVerb(subject[1])) continue;
    let verb = next();
    for (let k = 0; k < MAX_ADVERBS && verb && adverbs.has(verb[1]); k++) verb = next();
    if (verb && knownVerb(verb[1])) out.push(c.index);
  }
  return out;
}

/** A word that is surely a finite verb of a main clause: a modal, a verb of the main clause (coordination.json), a verb of saying. */
const finiteVerb =
  (cues: Cues) =>
  (w: string): boolean =>
    cues.modalWord.test(w) || cues.mainClauseVerbWord.test(w) || cues.speech.test(w);

/** Adverbs read past on either side of the body ("och även MKB kan också …"): bounded, so a run of them is not read again for every body. */
export const MAX_ADVERBS = 3;

/** The comma right before `pos` (only spaces between), or -1. */
function precedingComma(s: string, pos: number): number {
  let i = pos;
  while (i > 0 && /\s/.test(s[i - 1])) i--;
  return i > 0 && s[i - 1] === ',' ? i - 1 : -1;
}
