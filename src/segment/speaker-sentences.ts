/**
 * A compiler's summary in the present tense may report two bodies in one paragraph ("Grundskolenämnden
 * är i grunden positiv … Förskolenämnden instämmer i den positiva grundhållningen men …"): a sentence
 * inside an answer's paragraph that opens by reporting another body ("Förskolenämnden instämmer …",
 * "Tekniska nämnden och stadsbyggnadsnämnden påminner …") starts that body's part, up to the next
 * such sentence. Only in a summary read so (segment.ts summaryVoice), and only by the verbs that
 * report (reported-speech.ts, tense 'present-inside'): a sentence that describes a body ("Fritidsnämnden
 * har redan …") stays with the answer it is in.
 */
import type { Respondent, Segment } from '../model.js';
import { sentencesOf } from './sentence-answers.js';

/** Who a sentence opens by reporting, if anyone. */
export type SentenceSpeaker = (sentence: string) => Respondent | undefined;

/**
 * The segments with each part reported of another body split off as that body's (a joint report,
 * as each member's). Returns the segments and the bodies found so.
 */
export function splitBySpeakers(segments: Segment[], speakerOf: SentenceSpeaker): { segments: Segment[]; speakers: Respondent[] } {
  const out: Segment[] = [];
  const speakers = new Map<string, Respondent>();
  for (const seg of segments) {
    if (seg.respondent === null || seg.lines.length === 0) {
      out.push(seg);
      continue;
    }
    const sents = sentencesOf(seg.lines);
    const starts: Array<{ at: number; who: Respondent }> = [];
    let current = seg.respondent;
    sents.forEach((s, k) => {
      if (k === 0) return;
      const who = speakerOf(s.text);
      if (!who || who.id === current) return;
      starts.push({ at: k, who });
      current = who.id;
    });
    if (starts.length === 0) {
      out.push(seg);
      continue;
    }
    const part = (from: number, to: number) => sents.slice(from, to).flatMap((s) => s.pieces);
    const lead = part(0, starts[0].at);
    out.push({ ...seg, lines: lead, text: lead.map((l) => l.text).join('\n') });
    starts.forEach(({ at, who }, k) => {
      const lines = part(at, starts[k + 1]?.at ?? sents.length);
      for (const r of who.members ?? [who]) {
        speakers.set(r.id, r);
        out.push({ ...seg, respondent: r.id, heading: null, page: lines[0].page, line: lines[0].line, lines, text: lines.map((l) => l.text).join('\n') });
      }
    });
  }
  return { segments: out, speakers: [...speakers.values()] };
}
