/**
 * Abstentions the compiler lists in a section of its own ("Remissinstanser som avstått från att
 * yttra sig" / "Kulturnämnden – avstår, inga synpunkter (e-post 2026-06-02)."): each entry is that
 * body's answer — it replied, and said it will not give a view — not the compiler's text. An entry
 * is a paragraph of the compilation's own text that opens with a body's name and a dash or a colon,
 * and says it abstains in words of data/lexicon/sections.json (noObjection, abstention).
 */
import type { Line, Respondent, Segment } from '../model.js';
import { fold } from '../normalize/fold.js';
import { loadData } from '../data.js';
import { knownRespondent, looksLikeBodyName, matchBodyName, nameAsRespondent, type Registry } from './registry.js';

/** "Kulturnämnden – …", "Miljönämnden: …": a name of a few words, then a dash or a colon. */
const ENTRY = /^(\p{Lu}[^–—:]{1,78}?)\s*(?:\s[–—-]|:)\s+(\S.*)$/su;

/** An entry this long (words) is an answer in its own right, no abstention. */
export const MAX_ENTRY_WORDS = 60;

let phrases: string[] | undefined;
function abstentionPhrases(): string[] {
  if (!phrases) {
    const lex = loadData<{ noObjection: string[]; abstention?: string[] }>('lexicon/sections.json');
    phrases = [...lex.noObjection, ...(lex.abstention ?? [])].map((p) => ` ${fold(p)} `);
  }
  return phrases;
}

/** The body an entry's paragraph names and abstains for, if it is one. */
function entryOf(paragraph: Line[], reg: Registry): Respondent | undefined {
  const text = paragraph.map((l) => l.text).join(' ').trim();
  const m = ENTRY.exec(text);
  if (!m || text.split(/\s+/u).length > MAX_ENTRY_WORDS) return undefined;
  const name = m[1].trim();
  const known = matchBodyName(name, reg);
  if (!known && !looksLikeBodyName(name)) return undefined;
  const said = ` ${fold(m[2]).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  if (!abstentionPhrases().some((p) => said.includes(p))) return undefined;
  return known ? knownRespondent(known) : nameAsRespondent(name, reg);
}

/**
 * The compilation's segments with each abstention entry split out as its body's segment (no
 * question answered); the entries' bodies. Every line stays in one segment.
 */
export function abstentionEntries(segments: Segment[], registryOf: (source: number) => Registry): { segments: Segment[]; respondents: Respondent[] } {
  const out: Segment[] = [];
  const respondents: Respondent[] = [];
  for (const s of segments) {
    if (s.part !== 'compilation' || s.lines.length === 0) {
      out.push(s);
      continue;
    }
    const reg = registryOf(s.lines[0].source);
    let rest: Line[] = [];
    const flush = (): void => {
      while (rest.length > 0 && rest[rest.length - 1].text === '') rest.pop();
      if (rest.some((l) => l.text !== '')) out.push({ ...s, text: rest.map((l) => l.text).join('\n'), page: rest[0].page, line: rest[0].line, lines: rest });
      rest = [];
    };
    let i = 0;
    while (i < s.lines.length) {
      if (s.lines[i].text === '') {
        if (rest.length > 0) rest.push(s.lines[i]);
        i++;
        continue;
      }
      let j = i;
      while (j < s.lines.length && s.lines[j].text !== '') j++;
      const paragraph = s.lines.slice(i, j);
      const r = entryOf(paragraph, reg);
      if (r) {
        flush();
        // It answered that it has nothing to say: so marked, as a short answer saying so is.
        respondents.push({ ...r, noObjection: true });
        out.push({ respondent: r.id, question: null, heading: null, text: paragraph.map((l) => l.text).join('\n'), page: paragraph[0].page, line: paragraph[0].line, lines: paragraph });
      } else rest.push(...paragraph);
      i = j;
    }
    flush();
  }
  return { segments: out, respondents };
}
