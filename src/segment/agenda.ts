/**
 * Full minutes answering a remiss: a committee's protocol holds several agenda items ("§ 58
 * Godkännande av dagordning", "§ 59 Ekonomisk uppföljning", "§ 60 Remiss från kommunstyrelsen –
 * …"), and only one of them is the answer. Within an answer that runs over two agenda items or
 * more, the item whose title names a remiss is kept — with its attachment, where the decision
 * refers to one printed after the other items ("Bilaga 1 till tekniska nämndens protokoll, § 114")
 * — and the rest (the other items, the attendance and justering before the first) is the
 * minutes' own text. With no item or several naming a remiss, the answer is left as it was.
 * The words are data (data/lexicon/structure.json, agenda).
 */
import type { Line } from '../model.js';
import { loadData } from '../data.js';
import { fold } from '../normalize/fold.js';
import { letterRegExp } from '../normalize/letters.js';

/** "§ 58  Godkännande av dagordning": an agenda item's number and title opening a line. */
const ITEM = /^§\s*(\d{1,4})(?!\d)\s+(\S.*)$/u;

export interface AgendaItem {
  start: number;
  number: number;
  title: string;
}

let words: { remissItem: string[]; attachment: string[] } | undefined;
function agendaWords(): { remissItem: string[]; attachment: string[] } {
  if (!words) {
    const w = loadData<{ agenda: { remissItem: string[]; attachment: string[] } }>('lexicon/structure.json').agenda;
    words = { remissItem: w.remissItem.map(fold), attachment: w.attachment.map(fold) };
  }
  return words;
}

/** Whether a line opens an agenda item ("§ 58  Godkännande av dagordning"). */
export function opensAgendaItem(text: string): boolean {
  return ITEM.test(text.trim());
}

/** The agenda items that open lines in [from, to). */
export function agendaItems(lines: Line[], from: number, to: number): AgendaItem[] {
  const out: AgendaItem[] = [];
  for (let i = from; i < to; i++) {
    const m = ITEM.exec(lines[i].text.trim());
    if (m) out.push({ start: i, number: Number(m[1]), title: m[2].trim() });
  }
  return out;
}

/**
 * The line ranges of [from, to) that are the remiss item and its attachment, or undefined when
 * the range is no set of minutes with one remiss item among others.
 */
export function remissRanges(lines: Line[], from: number, to: number): Array<[number, number]> | undefined {
  const items = agendaItems(lines, from, to);
  if (items.length < 2) return undefined;
  const { remissItem, attachment } = agendaWords();
  const remiss = items.filter((it) => remissItem.some((w) => fold(it.title).includes(w)));
  if (remiss.length !== 1) return undefined;
  const item = remiss[0];
  const k = items.indexOf(item);
  const ranges: Array<[number, number]> = [[item.start, k + 1 < items.length ? items[k + 1].start : to]];
  // Its attachment, printed after the other items.
  const own = letterRegExp(`§\\s*${item.number}(?!\\d)`, 'u');
  for (let i = ranges[0][1]; i < to; i++) {
    const t = fold(lines[i].text.trim());
    if (!attachment.some((w) => t.startsWith(w)) || !own.test(lines[i].text)) continue;
    const next = items.find((it) => it.start > i);
    ranges.push([i, next ? next.start : to]);
    break;
  }
  return ranges;
}
