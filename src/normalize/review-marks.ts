/**
 * A draft saved as text with its comments and tracked changes shown: a comment on a line of its
 * own ("Kommentar [AL2]: Stämmer detta med ASN:s förra svar?") and its anchor in the text it is
 * about ("… i Limhamn.[AL2]"), a change as a note ("Borttaget: Nämnden föreslår att …",
 * "Infogat: på förvaltningsnivå", "Formaterat: Teckensnitt: 11 pt"). The notes are the
 * reviewers', not the text's: a comment names bodies and proposes them, a deleted sentence is no
 * longer said. They are kept apart as furniture, with the lines a note wraps onto, and an anchor
 * is taken out of its line. Only where a source has MIN_REVIEW_NOTES notes: one line that opens
 * "Infogat:" is no draft's markup. Words: data/lexicon/furniture.json `reviewNotes`.
 */
import type { Line } from '../model.js';
import { loadData } from '../data.js';
import { escapeRegex } from './ocr.js';
import { letterRegExp } from './letters.js';
import { bodyWidth } from './paragraphs.js';

/** A source holds at least this many notes before any line is taken for one. */
export const MIN_REVIEW_NOTES = 2;

/** A note goes on to the next line when its line is this share of a full line or more, and unfinished. */
export const WRAPPED_SHARE = 0.8;

let notes: { comment: RegExp; revision: RegExp } | undefined;
function patterns(): NonNullable<typeof notes> {
  if (!notes) {
    const words = loadData<{ reviewNotes: { comments: string[]; revisions: string[] } }>('lexicon/furniture.json').reviewNotes;
    const any = (list: string[]): string => list.map((w) => escapeRegex(w.toLowerCase())).join('|');
    notes = {
      // A comment's anchor: the reviewer's initials and the comment's number.
      comment: letterRegExp(`^(?:${any(words.comments)})\\s*\\[(\\p{L}{1,5}\\d{1,4})\\]\\s*:`, 'u'),
      // "Borttaget:", "Formaterat: …", "Flyttat (infogning) [1]:".
      revision: letterRegExp(`^(?:${any(words.revisions)})(?:\\s*\\([^()]{1,20}\\))?(?:\\s*\\[[^\\]]{1,20}\\])?\\s*:\\s*\\S`, 'u'),
    };
  }
  return notes;
}

function noteOf(text: string): { anchor?: string } | undefined {
  if (text.length === 0 || !/:/u.test(text)) return undefined;
  const { comment, revision } = patterns();
  // Lower case, not folded: folding reads a digit as OCR's letter, and the anchor's number is one.
  const t = text.trim().toLowerCase();
  const c = comment.exec(t);
  if (c) return { anchor: c[1] };
  return revision.test(t) ? {} : undefined;
}

export function removeReviewMarks(lines: Line[]): { lines: Line[]; furniture: Line[] } {
  const found = lines.map((l) => noteOf(l.text));
  if (found.filter(Boolean).length < MIN_REVIEW_NOTES) return { lines, furniture: [] };
  const full = WRAPPED_SHARE * bodyWidth(lines);
  const isNote = new Uint8Array(lines.length);
  const anchors = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const note = found[i];
    if (!note) continue;
    if (note.anchor) anchors.add(note.anchor);
    isNote[i] = 1;
    // The lines a long note wraps onto (a PDF's): while a line is full and its sentence unfinished.
    let j = i;
    while (j + 1 < lines.length && lines[j + 1].text !== '' && !found[j + 1] && lines[j].text.length >= full && !/[.!?]["”)]*$/u.test(lines[j].text)) isNote[++j] = 1;
    i = j;
  }
  // A comment's anchor, where its comment was found ("[AL2]").
  const anchor = /\[(\p{L}{1,5}\d{1,4})\]/gu;
  const kept: Line[] = [];
  const furniture: Line[] = [];
  lines.forEach((l, i) => {
    if (isNote[i]) furniture.push(l);
    else kept.push(l.text.includes('[') ? { ...l, text: l.text.replace(anchor, (m, id: string) => (anchors.has(id.toLowerCase()) ? '' : m)) } : l);
  });
  return { lines: kept, furniture };
}
