/**
 * Letters scanned one per page into one file, under an arrival stamp, each naming its sender only
 * where it is signed ("För Miljönämnden", "Styrelsen för MKB Fastighet AB", "På grundskolenämndens
 * vägnar", "Fritidsförvaltningen genom"), or in its first sentence ("Kulturnämnden har tagit del
 * av …"): each page — with the pages that continue it ("forts.") — is the letter of the body it is
 * signed by. Only where every such letter of the file shows a sender one of these ways (or has a
 * respondent heading of its own) are the file's answers read so: a compilation whose answers run
 * over pages is not cut at its page breaks. The forms are data (data/lexicon/structure.json
 * signedPages).
 */
import type { Line, Respondent } from '../model.js';
import { loadData } from '../data.js';
import { fold } from '../normalize/fold.js';
import { letterRegExp } from '../normalize/letters.js';
import { continuesLetter, pageOf } from './page-letters.js';
import { isAttentionLine, isProseLike, isSignerRole, PERSON_NAME, POSTAL, textLinesFrom } from './furniture-lines.js';
import { knownRespondent, looksLikeBodyName, matchBodyName, nameAsRespondent, type Registry } from './registry.js';

/** Page letters are read from this many letters in a file at least. */
export const MIN_PAGE_LETTERS = 3;
/** A signature is looked for in a letter's last lines with text. */
export const SIGNATURE_LINES = 8;

interface SignedPagesLexicon {
  signatures: string[];
  openingVerbs: string[];
}

let compiled: { signatures: RegExp[]; opening: RegExp } | undefined;

function patterns(): { signatures: RegExp[]; opening: RegExp } {
  if (!compiled) {
    const lex = loadData<{ signedPages: SignedPagesLexicon }>('lexicon/structure.json').signedPages;
    compiled = {
      signatures: lex.signatures.map((s) => letterRegExp(s, 'u')),
      opening: letterRegExp(`^(.{3,60}?)\\s+(?:${lex.openingVerbs.map(fold).join('|')})(?![\\p{L}])`, 'u'),
    };
  }
  return compiled;
}

/** A name as a sender: a body the registry knows, or a name shaped like a body's (or two capitalised words). */
function asSender(name: string, reg: Registry): Respondent | undefined {
  const t = name.trim().replace(/[.,]$/u, '');
  const known = matchBodyName(t, reg);
  if (known) return knownRespondent(known);
  const caps = t.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length;
  return looksLikeBodyName(t) || caps >= 2 ? nameAsRespondent(t, reg) : undefined;
}

/** The name a signature's line signs with, folded ("För Gröna Gårdar" → "grona gardar"; structure.json signedPages), or undefined. */
export function signedName(line: string): string | undefined {
  const f = fold(line.replace(/\s+/g, ' ').trim());
  for (const re of patterns().signatures) {
    const m = re.exec(f);
    if (m) return m[1];
  }
  return undefined;
}

/** The sender a letter's signature names, read from its last lines. */
export function signatureSender(lines: Line[], from: number, to: number, reg: Registry): Respondent | undefined {
  const last: Line[] = [];
  for (let i = to - 1; i >= from && last.length < SIGNATURE_LINES; i--) if (lines[i].text.trim() !== '') last.unshift(lines[i]);
  for (const [k, l] of last.entries()) {
    const t = l.text.replace(/\s+/g, ' ').trim();
    // The body's name on a line of its own under the signers ("Per Nilsson (M)" / "ordförande" /
    // "Tekniska nämnden"): right below a signer's role or name.
    const above = k > 0 ? last[k - 1].text.replace(/\s+/g, ' ').trim() : '';
    const alone = above !== '' && (isSignerRole(above) || PERSON_NAME.test(above)) ? matchBodyName(t, reg) : undefined;
    if (alone && fold(alone.name) === fold(t)) return knownRespondent(alone);
    const name = signedName(t);
    if (name === undefined) continue;
    // The name as written: folding keeps every offset.
    const at = fold(t).indexOf(name);
    const sender = asSender(t.slice(at, at + name.length), reg);
    if (sender) return sender;
  }
  return undefined;
}

/** The body a letter's first sentence of prose opens with, as its subject ("Kulturnämnden har …"): a body the registry knows. */
export function openingSender(lines: Line[], from: number, to: number, reg: Registry): Respondent | undefined {
  for (let i = from; i < to; i++) {
    const t = lines[i].text.trim();
    if (t === '' || !isProseLike(t)) continue;
    const m = patterns().opening.exec(fold(t));
    if (!m) return undefined;
    const known = matchBodyName(t.slice(0, m[1].length), reg);
    return known ? knownRespondent(known) : undefined;
  }
  return undefined;
}

/** A letter's letterhead lines are looked for among its first lines with text. */
export const LETTERHEAD_LINES = 3;

/**
 * The body a letter's letterhead names ("Arbetsmarknads- och socialförvaltningen" at the top of
 * its page): one of its first lines with text that is a body the registry knows, not an address
 * ("Kommunstyrelsen" / "205 80 Malmö", "Till …").
 */
export function pageLetterheadSender(lines: Line[], from: number, to: number, reg: Registry): Respondent | undefined {
  const head = textLinesFrom(lines, from, to, LETTERHEAD_LINES + 2);
  for (const [k, i] of head.slice(0, LETTERHEAD_LINES).entries()) {
    const t = lines[i].text.replace(/\s+/g, ' ').trim();
    // The whole line a body's name (a förvaltning's names its nämnd), not a line that holds one.
    const known = matchBodyName(t, reg);
    if (!known) continue;
    // An addressee with its address under it is no letterhead.
    if (head.slice(k + 1, k + 3).some((j) => POSTAL.test(lines[j].text.trim()) || isAttentionLine(lines[j].text.trim()))) continue;
    return knownRespondent(known);
  }
  return undefined;
}

/** The page letters of a file: [start, end) line spans, a page that continues the one before joined to it. */
export function pageSpans(lines: Line[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let i = 0;
  while (i < lines.length) {
    const page = pageOf(lines[i]);
    let j = i;
    while (j < lines.length && pageOf(lines[j]) === page) j++;
    const first = lines.slice(i, j).find((l) => l.text.trim() !== '');
    const continues = first !== undefined && continuesLetter(first.text);
    if (continues && spans.length > 0) spans[spans.length - 1].end = j;
    else spans.push({ start: i, end: j });
    i = j;
  }
  return spans.filter((s) => lines.slice(s.start, s.end).some((l) => l.text.trim() !== ''));
}
