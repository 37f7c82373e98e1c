/**
 * Segmenting a round: respondents × remissfrågor, each segment with its provenance.
 *
 * 1. Heading candidates of every source (src/segment/headings.ts).
 * 2. The questions: --questions, else the preamble's list, else question headings at the top
 *    level of a source ("Svar på remissfråga 1" + its text), else question headings that recur
 *    in several respondents' answers.
 * 3. Top-level pass: respondent headings open an answer, compilation headings ("Tabell över…")
 *    close it; a question heading outside any answer sets the question the following answers
 *    reply to (an appendix per question).
 * 4. Inside an answer, headings are classified: anchors (clearly one question, or numbered),
 *    parts that answer nothing (summary, economy, reservations), weak matches (a short topical
 *    heading, taken only for a question the respondent has not answered elsewhere), and
 *    sub-headings, which stay inside the section they are in.
 */
import { fill, loadData } from '../data.js';
import type { Line, Question, RegistryData, Respondent, Round, Segment, SourceDoc } from '../model.js';
import { words } from '../normalize/words.js';
import { fold, foldWords } from '../normalize/fold.js';
import { loadStructure } from '../normalize/structure.js';
import { bodyWidth, findHeadings, NUMBERING, QUESTION_MARK_LINE, RULE_LINE, isRule, type HeadingBlock } from './headings.js';
import {
  addQuestion,
  introducesQuestions,
  isCompilationSection,
  isNumberedCompilationSection,
  type QuestionMatch,
  isAppendixHeading,
  isBackgroundHeading,
  isMatterTitle,
  isUnansweredSection,
  unansweredKind,
  sectionsLexicon,
  noAnswerCues,
  matchQuestions,
  numberQuestions,
  numberedQuestion,
  romanPart,
  preambleQuestions,
  questionModel,
  questionBySection,
  reportSection,
  wordWeights,
  type QuestionModel,
} from './questions.js';
import { DIARY_NUMBER, documentOwner, nameOfHeading, respondentFromFileName, respondentFromRunningHeader } from './respondents.js';
import { isRemissLetter, isRemissLetterSection } from './remiss-letter.js';
import { declaredQuestions } from './declared-answers.js';
import { officesOf, splitOfficeComments } from './office-comments.js';
import { answeredAlsoFor } from './on-behalf.js';
import { answersFor, askedQuestion, chatPosts, moderatorOf, postTextEnd, speakersOrganisations } from './chat.js';
import { filedEntries, type FiledEntry } from './filed.js';
import { MIN_PAGE_LETTERS, openingSender, pageLetterheadSender, pageSpans, signatureSender } from './signed-pages.js';
import { pageOf } from './page-letters.js';
import { participantsOf } from './participants.js';
import { organInBrackets, rosteredName, rosterOf } from './roster.js';
import { isOrganisationName } from './organisation.js';
import { attachmentCaption, isClosing, forwardsQuoted, isForwardMarker, isMailHeaderLine, quotedMailStart } from './fields.js';
import { quotedMailSegments, remissText } from './inline-answers.js';
import { isOfficeHeading, listedName, MIN_PATTERN_EXAMPLES, namesOfLists, respondentHeadings } from './senders.js';
import { introducesLetter, jointSpeakers, opensSummary, reportedSpeaker, reportsNonRespondent, type Tense } from './reported-speech.js';
import { isPerson, isProseLike, isSignatureLeadIn, nextKind, PERSON_NAME, SIGNER_WITH_ROLE, textLinesFrom } from './furniture-lines.js';
import { opensAgendaItem, remissRanges } from './agenda.js';
import { abstentionEntries } from './abstentions.js';
import { letterheadOf, registryForSource, runningHeaderOf, type SourceRegistry } from './organisation.js';
import { bodyOfAbbreviation, buildRegistry, derivedId, knownRespondent, loadRegistry, nameAsRespondent, noRegistry, type Body } from './registry.js';
import { isGenericOrgan, looksLikeBodyName, matchBodyName, type Registry } from './registry.js';
import { formerNames } from './renames.js';
import { numberedStarts } from './numbered.js';
import { isAnchor, isOpenMatch } from './heading-rule.js';
import { splitBySentences, type SentenceContext } from './sentence-answers.js';
import { splitBySpeakers } from './speaker-sentences.js';
import { ownMatterRanges, roundMatters, type Matters } from './matters.js';
import { entryBody, logEntries } from './log-entries.js';
import { endsWithAbbreviation } from '../normalize/sentences.js';
import { InputError } from '../errors.js';
import { lowerBound } from '../sorted.js';
import { letterRegExp } from '../normalize/letters.js';
import { escapeRegex } from '../normalize/ocr.js';

/**
 * A round asks a handful of questions; beyond this many distinct question headings the rest are
 * sub-questions of answers, and comparing each new one with all before would grow quadratically.
 */
const MAX_DISCOVERED_QUESTIONS = 40;



export interface SegmentOptions {
  /** Questions given with --questions (texts, in order). */
  questions?: string[];
  /**
   * Whether a text names a tracked process (the shipped process dictionary, src/round.ts): a
   * sentence that does answers the round's processes question in a one-paragraph answer.
   */
  namesProcess?: (text: string) => boolean;
  /** Which of the round's questions asks about the ongoing processes (src/round.ts gives diff's rule). */
  processQuestion?: (questions: Question[]) => Question | undefined;
  /** The registry to read the round with (--registry FILE|none), instead of the shipped one. */
  registry?: RegistryData | 'none';
}

interface Source {
  index: number;
  doc: SourceDoc;
  lines: Line[];
  headings: HeadingBlock[];
  /** Per heading: the respondent whose answer it opens, if it does (src/segment/senders.ts). */
  respondents: Array<Respondent | undefined>;
  /** The width of a full line of body text (characters). */
  width: number;
  /** The registry the source is read with, and whose document it is. */
  registry: SourceRegistry;
  /** Set when the source is the remiss's own letter (src/segment/remiss-letter.ts): all preamble. */
  remissLetter?: boolean;
  /** Set when the source is a records system's print of the case (src/segment/filed.ts): its documents. */
  filed?: Array<FiledEntry & { respondent?: Respondent }>;
}

interface Answer {
  respondent: Respondent;
  source: Source;
  /** Line range of the answer (after its heading). */
  start: number;
  end: number;
  /** The question an enclosing appendix answers, for text under no heading of its own. */
  inherited: string | null;
  /** Set when no respondent heading was found and the respondent is named after the file. */
  byFileName?: boolean;
  /** The respondent heading that opened the answer. */
  heading?: HeadingBlock;
}

export function segmentRound(docs: SourceDoc[], options: SegmentOptions = {}): Round {
  // Own copies of the lines: segmenting marks heading lines, and the documents given stay as they are.
  const given = options.registry === undefined ? undefined : options.registry === 'none' ? noRegistry() : buildRegistry(options.registry);
  const registries = docs.map((doc) => registryForSource(doc, loadRegistry(), given));
  const sources: Source[] = docs.map((doc, index) => {
    const lines = doc.lines.map((l) => ({ ...l }));
    const headings = findHeadings(lines);
    const reg = registries[index];
    const respondents = respondentHeadings(headings, lines, {
      questions: options.questions,
      registry: reg.registry,
      letterhead: letterheadOf(doc),
      runningHeader: runningHeaderOf(doc),
      organisation: reg.organisation,
    }).map((r) => (r ? scoped(r, reg, registries) : r));
    // The remiss sent out, among the answers: its letterhead's sender is no respondent.
    const remissLetter = isRemissLetter(lines, (line) => headings.some((h, i) => respondents[i] !== undefined && h.start >= line));
    const filed = filedOf(lines, headings, respondents, reg, registries);
    if (filed) return { index, doc, lines, headings, respondents: filed.respondents, width: bodyWidth(lines), registry: reg, filed: filed.entries };
    return { index, doc, lines, headings, respondents: remissLetter ? respondents.map(() => undefined) : withoutReprintedRemiss(lines, headings, respondents), width: bodyWidth(lines), registry: reg, remissLetter };
  });
  const warnings: string[] = foreignWarnings(docs, registries);

  const weights = wordWeights(sampleUnits(sources.flatMap((s) => s.lines)));
  const found = findQuestions(sources, options, weights);
  const model = questionModel(found.questions, weights);
  warnings.push(...found.warnings);

  const sentenceContext: SentenceContext = { model, processQuestion: options.processQuestion?.(found.questions)?.id, namesProcess: options.namesProcess };
  const answers: Answer[] = [];
  // Full minutes: only the remiss item of the agenda (and its attachment) is the answer.
  const minutes = new Map<Source, Array<[number, number]>>();
  // A chat export's moderator posts: the compiler's text (src/segment/chat.ts).
  const moderated = new Map<Source, Array<[number, number]>>();
  // A compiler's summary in the present tense: who may speak in it (summaryVoice).
  const summaries = new Map<Source, Resolver>();
  // A compilation arranged by question: each question's heading, the compiler's structure.
  const askedAt = new Map<Source, Array<[number, number]>>();
  for (const source of sources) {
    const preamble = found.preambleEnd.get(source.index) ?? 0;
    const chat = chatAnswers(source, preamble, model.questions.length);
    if (chat) {
      answers.push(...chat.answers);
      moderated.set(source, chat.moderator);
      continue;
    }
    if (source.filed) {
      const filed = filedAnswers(source, preamble);
      answers.push(...filed.answers);
      moderated.set(source, filed.theirs);
      continue;
    }
    // An official's log of contacts, its entries by the day (a case print's, above, are documents).
    const log = loggedAnswers(source, preamble);
    if (log) {
      answers.push(...log.answers);
      moderated.set(source, log.theirs);
      continue;
    }
    const known = knownNames(source);
    let speaker = speakerResolver(source, known, registries);
    // Minutes report in the past tense; a compiler's summary by question, with no answer headings, in the present.
    let tense: Tense = 'past';
    let byQuestion = arrangedByQuestion(source, model, preamble, speaker);
    // Who may speak in a compiler's own text in the present tense: a summary by question, a report in prose.
    const voice = summaryVoice(source, speaker);
    if (byQuestion.size === 0) {
      byQuestion = arrangedByQuestion(source, model, preamble, voice, 'present');
      if (byQuestion.size > 0) {
        [tense, speaker] = ['present', voice];
        summaries.set(source, voice);
      }
    }
    const own = topLevel(source, model, preamble, byQuestion);
    const asked = [...byQuestion].filter(([, q]) => q !== null).map(([i]): [number, number] => [source.headings[i].start, source.headings[i].end]);
    if (asked.length > 0) askedAt.set(source, asked);
    if (byQuestion.size === 0) {
      const reported = reportedInProse(source, own, voice, known);
      if (reported) summaries.set(source, voice);
      answers.push(...keepRemissItem(reported ?? own, minutes));
      continue;
    }
    const named = namedUnderQuestions(source, byQuestion, own, known, speaker, tense);
    answers.push(...keepRemissItem(splitAtNames([...own, ...named].sort((a, b) => a.start - b.start), known, speaker, tense), minutes));
  }
  // Letters that answer several remisser at once: each keeps its section on the round's own (src/segment/matters.ts).
  const elsewhere = new Map<Source, Array<[number, number]>>();
  if (sources.length > 1) answers.splice(0, answers.length, ...keepOwnMatter(answers, roundMatters(sources), elsewhere));
  warnings.push(...checkFileNamed(answers));

  const segments: Segment[] = [];
  const respondents = new Map<string, Respondent>();
  // A compilation's office comments on the answers (a samrådsredogörelse): the compiler's text.
  const respondentsOf = new Map<Source, Set<string>>();
  for (const a of answers) respondentsOf.set(a.source, (respondentsOf.get(a.source) ?? new Set()).add(a.respondent.id));
  const offices = new Map<Source, string[]>();
  const officeOf = (source: Source): string[] => {
    let o = offices.get(source);
    if (!o) {
      o = respondentsOf.get(source)!.size > MIN_PATTERN_EXAMPLES ? officesOf(letterheadOf(source.doc), source.registry.registry.organisationNames) : [];
      offices.set(source, o);
    }
    return o;
  };
  for (const answer of answers) {
    let own = splitOfficeComments(splitBySentences(sectionsOf(answer, model), sentenceContext), officeOf(answer.source));
    // A summary's paragraph that goes on to report another body: that body's part (src/segment/speaker-sentences.ts).
    const voice = summaries.get(answer.source);
    if (voice) {
      const split = splitBySpeakers(own, (sentence) => reportedSpeaker(sentence, voice, () => undefined, 'present-inside'));
      own = split.segments;
      for (const r of split.speakers) if (!respondents.has(r.id)) respondents.set(r.id, r);
    }
    // A joint answer is each member's own answer, the whole text for each (src/segment/joint.ts);
    // so is an answer given also for other bodies (src/segment/on-behalf.ts).
    const { members: joint, ...single } = answer.respondent;
    const also = joint ? [] : answeredAlsoFor(answer.source.lines, answer.start, answer.end, single, answer.source.registry.registry);
    const members = joint ?? (also.length > 0 ? [single, ...also] : undefined);
    for (const [k, r] of (members ?? [single]).entries()) {
      if (!respondents.has(r.id)) respondents.set(r.id, r);
      // Another body's part split off from the answer (splitBySpeakers) is that body's once, not once per member.
      segments.push(...(members ? own.flatMap((s) => (s.respondent === answer.respondent.id ? [{ ...s, respondent: r.id }] : s.respondent === null || k === 0 ? [s] : [])) : own));
    }
  }
  const rest = unattributed(sources, answers, found.preambleEnd, minutes, moderated, elsewhere, askedAt);
  // The abstentions a compilation lists in a section of its own: each its body's answer.
  const listed = abstentionEntries(rest.segments, (index) => sources[index]?.registry.registry ?? loadRegistry());
  for (const r of listed.respondents) if (!respondents.has(r.id)) respondents.set(r.id, r);
  if (respondents.size === 0) warnings.push('ingen remissinstans kändes igen');
  // The texts read as the segments hold them (a paragraph joined across its lines), not the whole
  // documents joined once more: a round of 20 000 answers held a copy of its text for this.
  warnings.push(...renameRespondents(respondents, segments, [...rest.segments, ...segments].map((s) => s.text), sources[0]?.registry.registry ?? loadRegistry()));
  markNoObjection(respondents, [...segments, ...listed.segments]);
  segments.push(...listed.segments);
  warnings.push(...rest.warnings);

  return {
    format: 'remiss-round/1',
    ...(options.registry !== undefined ? { registry: options.registry } : {}),
    title: found.title ?? titleFromSources(docs),
    sources: docs.map((d) => d.info),
    questions: found.questions,
    respondents: [...respondents.values()],
    segments,
    warnings,
  };
}

/**
 * An answer headed by a body's old name, where the round says what it is called now ("Sociala
 * resursnämnden" over the answer, "arbetsmarknads- och socialnämnden (tidigare sociala
 * resursnämnden)" in the preamble): that body's answer, under the registry's id and name.
 */
function renameRespondents(respondents: Map<string, Respondent>, segments: Segment[], texts: string[], reg: Registry): string[] {
  const unknown = [...respondents.values()].filter((r) => !r.known);
  if (unknown.length === 0) return [];
  const former = formerNames(texts, reg);
  const renamed = new Map<string, Body>();
  for (const r of unknown) {
    const body = reg.byId.get(former.get(foldWords(r.name)) ?? '');
    if (body) renamed.set(r.id, body);
  }
  if (renamed.size === 0) return [];
  // In the respondents' order: the renamed one where its answer stood.
  const entries = [...respondents.entries()];
  respondents.clear();
  for (const [id, r] of entries) {
    const body = renamed.get(id);
    if (!body) respondents.set(id, r);
    else if (!respondents.has(body.id)) respondents.set(body.id, knownRespondent({ body, name: body.names[0] }));
  }
  for (const s of segments) {
    const body = s.respondent === null ? undefined : renamed.get(s.respondent);
    if (body) s.respondent = body.id;
  }
  // The analyst is told which heading was read as which body.
  return entries.flatMap(([id, r]) => {
    const body = renamed.get(id);
    return body ? [`svaret under ”${r.name}” läses som ${body.names[0]}: omgångens text ger det namnet som ett tidigare namn`] : [];
  });
}

/**
 * A respondent of another organisation's document: named as written, with its organisation; where
 * the round holds several organisations' documents, its id says whose ("kulturnamnden-lunds-kommun"),
 * so that two cities' committees of one name stay apart.
 */
function scoped(r: Respondent, reg: SourceRegistry, all: SourceRegistry[] | undefined): Respondent {
  if (!reg.foreign || r.known) return r;
  const organisations = new Set((all ?? [reg]).map((x) => x.organisation ?? ''));
  if (organisations.size <= 1 || !reg.organisation) return { ...r, organisation: reg.organisation };
  // Bodies of several organisations in one round: "Kommunstyrelsen" of two kommuner are two
  // respondents, and the analyst must see which is which — "Kommunstyrelsen i Vallby kommun".
  const named = ` ${foldWords(r.name)} `.includes(` ${foldWords(reg.organisation)} `)
    ? r.name
    : fill(loadData<{ bodyOfOrganisation: string }>('lexicon/structure.json').bodyOfOrganisation, { body: r.name, organisation: reg.organisation });
  return { ...r, id: `${r.id}-${derivedId(reg.organisation)}`, name: named, organisation: reg.organisation };
}

/** One note per other organisation whose documents are read without a registry of their own. */
function foreignWarnings(docs: SourceDoc[], registries: SourceRegistry[]): string[] {
  const byOrganisation = new Map<string, string[]>();
  registries.forEach((r, i) => {
    if (r.foreign && r.organisation) byOrganisation.set(r.organisation, [...(byOrganisation.get(r.organisation) ?? []), docs[i].info.path]);
  });
  const home = loadRegistry().organisation ?? '';
  return [...byOrganisation].map(
    ([org, paths]) =>
      `${paths.join(', ')}: dokument från ${org}, inte ${home}: remissinstanserna behåller sina namn som de skrivs (inga id:n ur ${home}s register); ge ett eget register med --registry (remiss registry init skriver ett att utgå från)`,
  );
}

/**
 * The units over which word rarity is counted: lines of text (about a sentence each, in text and
 * PDF alike), at most MAX_UNITS of them spread evenly over a large round — rarity is a proportion,
 * and a sample of thousands estimates it as well as all of them.
 */
const MAX_UNITS = 6000;

/**
 * A compilation that reprints the remiss ahead of the answers: the section of the letter's sender
 * (its letterhead read as a respondent's) is the preamble. Only the sections before the first
 * answer are looked at: the remiss comes first.
 */
function withoutReprintedRemiss(lines: Line[], headings: HeadingBlock[], respondents: Array<Respondent | undefined>): Array<Respondent | undefined> {
  const at = respondents.findIndex((r) => r !== undefined);
  if (at === -1) return respondents;
  let next = at + 1;
  while (next < headings.length && respondents[next] === undefined) next++;
  const end = next < headings.length ? headings[next].start : lines.length;
  if (!isRemissLetterSection(lines, headings[at].start, end)) return respondents;
  return respondents.map((r, i) => (i === at ? undefined : r));
}

function sampleUnits(lines: Line[]): string[] {
  const texts = lines.filter((l) => l.text.length > 20 && !l.heading).map((l) => l.text);
  if (texts.length <= MAX_UNITS) return texts;
  const step = texts.length / MAX_UNITS;
  const out: string[] = [];
  for (let i = 0; i < MAX_UNITS; i++) out.push(texts[Math.floor(i * step)]);
  return out;
}

/** A question known only by its number ("Remissfråga 2"), in the words of data/lexicon/structure.json. */
function placeholderQuestion(n: number): string {
  return loadStructure().placeholderQuestion.replace('{n}', String(n));
}

function titleFromSources(docs: SourceDoc[]): string {
  return docs.map((d) => d.info.path.replace(/^.*[\\/]/, '')).join(', ');
}

/** The round's title: the quoted name of the matter in the preamble ("angående ”…”"). */
function titleFrom(lines: Line[], upTo: number): string | undefined {
  const text = lines.slice(0, Math.min(upTo, 40)).map((l) => l.text).join(' ');
  const m = letterRegExp(`(?:${loadStructure().titleIntro})\\s+["”“«]([^"”“»]{8,300})["”“»]`, 'iu').exec(text);
  return m ? m[1].replace(/\s+/g, ' ').trim() : undefined;
}

interface FoundQuestions {
  questions: Question[];
  title?: string;
  /** Per source: the line after its preamble question list. */
  preambleEnd: Map<number, number>;
  warnings: string[];
}

function findQuestions(sources: Source[], options: SegmentOptions, weights: ReturnType<typeof wordWeights>): FoundQuestions {
  const preambleEnd = new Map<number, number>();
  const warnings: string[] = [];
  let title: string | undefined;
  let texts: string[] | undefined = options.questions;
  for (const s of sources) {
    const firstRespondent = firstRespondentLine(s);
    const pre = preambleQuestions(s.lines, firstRespondent);
    if (pre) {
      preambleEnd.set(s.index, pre.end);
      // "följande fyra frågor" and three found: an item's mark was lost (OCR), the list is short.
      if (pre.promised !== undefined && pre.texts.length < pre.promised && !options.questions) {
        warnings.push(`${s.doc.info.path}: inledningen säger ${pre.promised} frågor men ${pre.texts.length} hittades i listan; kontrollera frågorna, eller ange dem med --questions`);
      }
      title ??= titleFrom(s.lines, pre.end);
      texts ??= pre.texts;
    }
  }
  texts ??= quotedRemissQuestions(sources);
  texts ??= statedQuestions(sources);
  if (!texts) texts = topLevelQuestions(sources);
  if (texts.length === 0) texts = recurringQuestions(sources, weights);
  return { questions: numberQuestions(texts), title, preambleEnd, warnings };
}

/**
 * The questions listed in the remiss's mail quoted under a reply, when no preamble lists them: a
 * round of replies, each quoting the remiss (its "> 1. Hur …" read without the quote's marks, and
 * without the answers written between the questions).
 */
function quotedRemissQuestions(sources: Source[]): string[] | undefined {
  for (const s of sources) {
    const quoted = quotedMailStart(s.lines, 0, s.lines.length);
    if (quoted === undefined) continue;
    const pre = preambleQuestions(remissText(s.lines, quoted, s.lines.length));
    if (pre) return pre.texts;
  }
  return undefined;
}

/**
 * The remiss's questions listed below the first answer, where no preamble lists them: a report
 * of the answers that gives the questions in a box of facts ("Stadskontoret ställde fyra frågor:"
 * / "1. Hur …?" …). Only a list that says how many questions it holds, holds that many, and asks
 * in every item: an answer's own list of questions to the city says no count of remissfrågor.
 */
function statedQuestions(sources: Source[]): string[] | undefined {
  for (const s of sources) {
    const list = preambleQuestions(s.lines);
    if (list && list.promised === list.texts.length && list.texts.every((t) => /\?["”]?$/u.test(t))) return list.texts;
  }
  return undefined;
}

function firstRespondentLine(s: Source): number {
  for (let i = 0; i < s.headings.length; i++) {
    if (s.respondents[i]) return s.headings[i].start;
  }
  return s.lines.length;
}

/**
 * Question headings outside any answer: "Svar på remissfråga 1" followed by the question, or a
 * question heading before the first respondent. Numbered ones keep their number.
 */
function topLevelQuestions(sources: Source[]): string[] {
  const byNumber = new Map<number, string>();
  const unnumbered: string[] = [];
  for (const s of sources) {
    let inAnswer = false;
    let pendingNumber: number | undefined;
    s.headings.forEach((h, i) => {
      if (s.respondents[i]) {
        inAnswer = true;
        return;
      }
      if (isCompilationSection(h.text)) {
        inAnswer = false;
        pendingNumber = numberedQuestion(h.text);
        return;
      }
      if (inAnswer || !/\?["”]?$/u.test(h.text)) return;
      if (pendingNumber !== undefined) {
        if (!byNumber.has(pendingNumber)) byNumber.set(pendingNumber, h.text);
        pendingNumber = undefined;
      } else if (!unnumbered.includes(h.text)) unnumbered.push(h.text);
    });
  }
  const numbered = [...byNumber.entries()].sort((a, b) => a[0] - b[0]);
  if (numbered.length > 0) {
    // Keep the numbering the document gives ("remissfråga 3" is Q3), filling gaps with placeholders.
    const max = numbered[numbered.length - 1][0];
    const out: string[] = [];
    for (let n = 1; n <= max; n++) out.push(byNumber.get(n) ?? placeholderQuestion(n));
    return [...out, ...unnumbered];
  }
  return unnumbered;
}

/**
 * Question headings ("…?") inside the answers, for rounds without a preamble: those that recur
 * across respondents, or, when none recurs, every one. A heading that names its number
 * ("Fråga 3. …") keeps it.
 */
function recurringQuestions(sources: Source[], weights: ReturnType<typeof wordWeights>): string[] {
  const clusters: Array<{ text: string; number?: number; respondents: Set<string> }> = [];
  // The clusters as a question model that grows as they do; identical headings skip matching.
  const model = questionModel([], weights);
  const byText = new Map<string, (typeof clusters)[number]>();
  let respondentCount = 0;
  for (const s of sources) {
    let current: string | undefined;
    s.headings.forEach((h, i) => {
      const r = s.respondents[i];
      if (r) {
        current = r.id;
        respondentCount++;
        return;
      }
      if (!/\?["”]?$/u.test(h.text)) return;
      const owner = current ?? `source-${s.index}`;
      const number = numberedQuestion(h.text);
      const text = h.text.replace(NUMBERING, '');
      let same = number !== undefined ? clusters.find((c) => c.number === number) : byText.get(text);
      if (!same && number === undefined && clusters.length > 0) {
        const best = matchQuestions(model, text)[0];
        if (best && best.score >= 0.6) same = clusters[Number(best.question.slice(1)) - 1];
      }
      if (same) {
        same.respondents.add(owner);
        byText.set(text, same);
      } else if (clusters.length < MAX_DISCOVERED_QUESTIONS) {
        const cluster = { text, number, respondents: new Set([owner]) };
        clusters.push(cluster);
        byText.set(text, cluster);
        addQuestion(model, { id: `Q${clusters.length}`, text });
      }
    });
  }
  const needed = respondentCount > 1 ? 2 : 1;
  const recurring = clusters.filter((c) => c.respondents.size >= needed);
  const chosen = recurring.length > 0 ? recurring : clusters;
  const numbered = chosen.filter((c) => c.number !== undefined).sort((a, b) => a.number! - b.number!);
  if (numbered.length === 0) return chosen.map((c) => c.text);
  const max = numbered[numbered.length - 1].number!;
  const out: string[] = [];
  for (let n = 1; n <= max; n++) out.push(numbered.find((c) => c.number === n)?.text ?? placeholderQuestion(n));
  return [...out, ...chosen.filter((c) => c.number === undefined).map((c) => c.text)];
}

/**
 * Whether a source is a compilation arranged by question ("Fråga 1. …", then each respondent's
 * answer to it; "Fråga 2. …", then the answers again): the headings that name a question (by its
 * number or clearly by its words), in the order of the questions, each followed by the answers
 * of two respondents or more, with respondents answering under more than one of them; or themes
 * each about a question of its own, in any order (a summary by theme). Returns the index of each
 * such heading and its question, and null for a chapter of the compiler's own after them; empty
 * for a source arranged by respondent.
 */
function arrangedByQuestion(source: Source, model: QuestionModel, preambleEnd: number, speaker: Resolver = () => undefined, tense: Tense = 'past'): Map<number, string | null> {
  const out = new Map<number, string | null>();
  const { headings, respondents } = source;
  // Headings that name their questions; only where fewer than two do, themes.
  let asked = askedHeadings(source, model, preambleEnd, false);
  if (asked.length < 2) asked = askedHeadings(source, model, preambleEnd, true);
  if (asked.length < 2) return out;
  // The present tense only where no answer has a heading of its own: a letter's "Nämnden anser …"
  // is its own voice, and a compilation of answers under their names reports nothing in the present.
  // The compiler's own office signing the summary ("Stadskontoret", its letterhead's) heads no answer.
  if (tense === 'present') {
    const office = foldWords(letterheadOf(source.doc).join(' '));
    const answerHeading = (i: number): boolean => respondents[i] !== undefined && !office.includes(foldWords(nameOfHeading(headings[i].text)));
    const headed = asked.some((a, k) => {
      for (let i = a.i + 1; i < (k + 1 < asked.length ? asked[k + 1].i : headings.length); i++) if (answerHeading(i)) return true;
      return false;
    });
    if (headed) return out;
  }
  // Between one question's heading and the next: the respondents answering it, under headings of
  // their own or in paragraphs that report them speaking (minutes: "Kulturförvaltningen framförde att …").
  const under = asked.map((a, k) => {
    const end = k + 1 < asked.length ? asked[k + 1].i : headings.length;
    const ids = new Set(respondents.slice(a.i + 1, end).filter((r): r is Respondent => r !== undefined).map((r) => r.id));
    const to = end < headings.length ? headings[end].start : source.lines.length;
    for (let line = headings[a.i].end; line < to; line++) {
      if (!startsParagraph(source.lines, line)) continue;
      const r = reportedSpeaker(paragraphOpening(source.lines, line), speaker, labelResolver(source, speaker), tense);
      if (r) ids.add(r.id);
    }
    return ids;
  });
  // Most questions have answers under them as headings (under one, the names may open paragraphs instead: "Kulturnämnden: …").
  if (under.filter((ids) => ids.size >= 2).length < Math.max(2, under.length - 1)) return out;
  const counts = new Map<string, number>();
  for (const ids of under) for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  if ([...counts.values()].filter((n) => n >= 2).length < 2) return out;
  for (const a of asked) out.set(a.i, `Q${a.q}`);
  // Chapters numbered as the questions' are ("3.1 …" to "3.4 …"): a chapter after them at their
  // level or above it ("3.5 Övriga synpunkter", "4. Sammanfattande tabell") is the compiler's own
  // text, and ends the last question's answers.
  const chapters = asked.map((a) => chapterOf(headings[a.i].text));
  const [first] = chapters;
  if (first && chapters.every((c) => c && c.length === first.length && c.slice(0, -1).join('.') === first.slice(0, -1).join('.'))) {
    headings.forEach((h, i) => {
      const c = i > asked[0].i && !out.has(i) && !respondents[i] ? chapterOf(h.text) : undefined;
      if (c && (c.length < first.length || c.slice(0, -1).join('.') === first.slice(0, -1).join('.'))) out.set(i, null);
    });
  }
  return out;
}

/**
 * The headings of a source that ask its questions, after its preamble, in the questions' order: by
 * number or clearly by the question's words; with `byTheme`, also a heading about a question none
 * before it was about (a summary by theme: "3.3 Frågan om samordningsansvar", "Resurser"), as a
 * heading inside an answer is put (isOpenMatch) — themes may come in another order than the questions.
 */
function askedHeadings(source: Source, model: QuestionModel, preambleEnd: number, byTheme: boolean): Array<{ i: number; q: number; topical: boolean }> {
  const { headings, respondents } = source;
  const asked: Array<{ i: number; q: number; topical: boolean }> = [];
  headings.forEach((h, i) => {
    // The preamble's own list of the questions is no part of the answers.
    if (respondents[i] || h.start < preambleEnd) return;
    const n = numberedQuestion(h.text);
    let q = n !== undefined && n >= 1 && n <= model.questions.length ? n : undefined;
    // Unnumbered: a question's own words ending in "?" (only those are matched: the rest cannot be).
    if (q === undefined && /\?["”]?$/u.test(h.text)) {
      const [best, second] = matchQuestions(model, h.text);
      if (isAnchor(best, second)) q = Number(best.question.slice(1));
    }
    // "2. Pågående processer, samverkan och lokaler": numbered as a question, and its words that question's.
    const bare = q === undefined ? BARE_NUMBER.exec(h.text) : null;
    // (Words it shares with the question, that is: "1. Bakgrund" shares none with question 1.)
    const [best] = bare ? matchQuestions(model, h.text) : [];
    if (bare && Number(bare[1]) >= 1 && Number(bare[1]) <= model.questions.length && best?.question === `Q${Number(bare[1])}` && best.score > 0) q = Number(bare[1]);
    // The question's own words right under its number ("FRÅGA 2 – PRIORITERINGAR" / "Vilka … ?") are one heading of it.
    const last = asked[asked.length - 1];
    if (q !== undefined && last && last.q === q && source.lines.slice(headings[last.i].end, h.start).every((l) => l.text === '')) return;
    let topical = false;
    if (byTheme && q === undefined && !isAppendixHeading(h.text) && !isMatterTitle(h.text)) {
      const [best, second] = matchQuestions(model, h.text).filter((m) => !asked.some((a) => `Q${a.q}` === m.question));
      if (isOpenMatch(best, second)) [q, topical] = [Number(best.question.slice(1)), true];
    }
    if (q !== undefined) asked.push({ i, q, topical });
  });
  // The questions in order (themes each about a question of its own, in any order); a question
  // again after them ("Svar på fråga 3 …", a letter that came after the meeting) ends the part
  // arranged by question.
  const back = asked.findIndex((a, k) => k > 0 && (byTheme ? asked.slice(0, k).some((b) => b.q === a.q) || (!a.topical && !asked[k - 1].topical && a.q < asked[k - 1].q) : a.q <= asked[k - 1].q));
  if (back > 0) asked.splice(back);
  return asked;
}

/** A chapter's number, part by part ("3.1 Synen på …" → ["3", "1"], "4. Tabell" → ["4"]). */
function chapterOf(heading: string): string[] | undefined {
  return /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\p{Lu}/u.exec(heading)?.[1].split('.');
}

/** "Kulturnämnden: Nämnden ser …": a respondent's name opening a paragraph, before a colon. */
/** A paragraph's opening label: a name before a colon ("Kulturnämnden: …", "KN: …"). */
const NAME_OPENING = /^([^:]{2,80}):\s+\S/u;

/** Who a name stands for as a speaker in the source, if anyone (speakerResolver). */
type Resolver = (name: string) => Respondent | undefined;

/** The opening of the paragraph that starts at a line: the line, and the next when the paragraph goes on (a PDF wraps it). */

/**
 * Whether a line starts a paragraph: after a blank line, or — in a list of labelled lines with no
 * blank lines between ("ASN: KS bör samordna." / "FRN: fritidsnämnden och ASN gemensamt.") — a
 * labelled line after a line that ends a sentence.
 */
function startsParagraph(lines: Line[], at: number): boolean {
  if (at === 0 || lines[at - 1].text === '') return true;
  // … also right under a heading's underline ("FR. 2 …" / "-----").
  // Opened by a label: a name before a colon (NAME_OPENING; not a dash: a fact box's "Kommunstyrelsen –
  // arbetsmarknads- och socialnämnden, …" lists the candidate first).
  return NAME_OPENING.test(lines[at].text.trim()) && (/[.!?)”"]$/u.test(lines[at - 1].text.trim()) || /^[-=_–—]{3,}$/u.test(lines[at - 1].text.trim()));
}

/**
 * A paragraph's first words, over a wrapped line. The compiler's run-in label before the first
 * respondent of a section ("Remissinstanserna: Brå anser …", a ministry's compilation) is passed
 * over: the body after it speaks. Words: data/lexicon/structure.json runInLabels.
 */
function paragraphOpening(lines: Line[], at: number): string {
  const next = lines[at + 1]?.text ?? '';
  const text = next === '' ? lines[at].text : `${lines[at].text} ${next}`;
  runIn ??= letterRegExp(`^\\s*(?:${loadData<{ runInLabels: string[] }>('lexicon/structure.json').runInLabels.map(escapeRegex).join('|')})\\s*:\\s+`, 'iu');
  const label = runIn.exec(text);
  return label ? text.slice(label[0].length) : text;
}

let runIn: RegExp | undefined;

/**
 * Who a paragraph of minutes may report as speaking: a respondent the source has, a body of the
 * registry (also by its förvaltning: "kulturförvaltningen" is the Kulturnämnd's), or a name one of
 * the source's lists gives among bodies (a meeting's participants: "Samverkansrådet Södra
 * Innerstaden"). A person or the meeting's chair is no one's answer.
 */
function speakerResolver(source: Source, known: Map<string, Respondent>, registries: SourceRegistry[]): Resolver {
  const reg = source.registry.registry;
  let listed: Set<string> | undefined;
  let participants: Map<string, string> | undefined;
  let roster: Map<string, string> | undefined;
  // The compiler's own office (its letterhead, its running header) answers nothing: its chair,
  // secretary and project lead among the participants speak for no body.
  const own = foldWords([...letterheadOf(source.doc), ...runningHeaderOf(source.doc)].join(' '));
  const resolve: Resolver = (name) => {
    const folded = foldWords(name);
    const k = known.get(folded);
    if (k) return k;
    // A participant of the meeting by name: the body the list of participants gives.
    participants ??= participantsOf(source.lines);
    const speaksFor = participants.get(folded);
    if (speaksFor !== undefined) return speaksFor === '' || own.includes(foldWords(speaksFor)) ? undefined : resolve(speaksFor);
    // "FGK framhöll …": a body by its abbreviation.
    const abbreviated = bodyOfAbbreviation(name, reg);
    const body = matchBodyName(name, reg) ?? (abbreviated ? { body: abbreviated, name } : undefined);
    // A name the compilation's roster lists ("Brottsförebyggande rådet (Brå), …"); its short name
    // in brackets is that body.
    roster ??= rosterOf(source.lines);
    const rostered = body ? undefined : rosteredName(roster, name);
    // An organisation listed (another's, or the registry's own: a national round's source has no
    // registry of its own) speaks by the organ in brackets that decided its answer ("Malmö kommun
    // (kommunstyrelsen)").
    const organisation = rostered !== undefined && (isOrganisationName(rostered) || [...reg.organisationNames, ...loadRegistry().organisationNames].includes(foldWords(rostered)));
    const organ = organisation ? organInBrackets(name) : undefined;
    const byOrgan = organ === undefined ? undefined : (resolve(organ) ?? (looksLikeBodyName(organ) ? scoped(nameAsRespondent(organ, reg), source.registry, registries) : undefined));
    if (byOrgan) return byOrgan;
    if (rostered !== undefined && foldWords(rostered) !== folded) return resolve(rostered);
    if (!body && rostered === undefined) {
      listed ??= new Set([
        ...namesOfLists(source.lines, (n) => known.has(n) || matchBodyName(n, reg) !== undefined),
        // The bodies the participants speak for ("Region Skåne", "Fosie Framåt"), but the compiler's own.
        ...[...participants.values()].map(foldWords).filter((b) => b !== '' && !own.includes(b)),
      ]);
      if (!listed.has(folded)) return undefined;
    }
    return scoped(body ? knownRespondent(body) : nameAsRespondent(name, reg), source.registry, registries);
  };
  return resolve;
}

/**
 * Who may speak in a compiler's summary in the present tense ("Polismyndigheten betonar …"): whom
 * the minutes' resolver knows, and a body by its shape alone ("Polismyndigheten", "Hyresgästföreningen
 * Syd": capitalised words, a body's word first or last) — never the compiler's own office, its
 * letterhead's ("Stadskontoret bedömer …" is the summary's own voice), nor a body's organ ("Nämnden").
 */
function summaryVoice(source: Source, speaker: Resolver): Resolver {
  const reg = source.registry.registry;
  const offices = officesOf(letterheadOf(source.doc), reg.organisationNames);
  return (name) => {
    const folded = foldWords(name);
    if (offices.includes(folded) || isGenericOrgan(name, reg)) return undefined;
    return speaker(name) ?? bodyByShape(name, source);
  };
}

/** A report in prose names at least this many bodies at its paragraphs' openings, one of them by a verb that reports. */
export const MIN_REPORTED_BODIES = 2;

/**
 * A report of the answers in running prose, with no heading for an answer nor for a question (a
 * newspaper's article, an intranet's notice: "Arbetsmarknads- och socialnämnden, som ansvarar för
 * socialtjänsten, vill se kommunstyrelsen vid rodret." … "Polisen, som också fått förslaget på
 * remiss, håller sig utanför …"): where the source was read as one answer whose heading names no
 * body the registry knows (a masthead, its file), and the paragraphs of at least MIN_REPORTED_BODIES
 * bodies open by reporting them in the present tense, each such paragraph starts that body's answer
 * (splitAtNames); the report's own lead before the first is no one's. Returns undefined otherwise.
 */
function reportedInProse(source: Source, own: Answer[], voice: Resolver, known: Map<string, Respondent>): Answer[] | undefined {
  // One answer, named by its file or by a heading that is no body's name ("Sydsvenskan", a
  // masthead): a letter of a body under its own name speaks in its own voice.
  if (own.length !== 1 || own[0].respondent.known || !(own[0].byFileName || !looksLikeBodyName(own[0].respondent.name))) return undefined;
  const [whole] = own;
  const { lines } = source;
  const bodies = new Set<string>();
  let reporting = false;
  let first: { at: number; who: Respondent } | undefined;
  for (let k = whole.start; k < whole.end; k++) {
    if (lines[k].text === '' || (k > 0 && lines[k - 1].text !== '')) continue;
    const opening = paragraphOpening(lines, k);
    // "Polisområde Malmö har beretts tillfälle att yttra sig …": a letter, in its own voice.
    if (introducesLetter(opening)) return undefined;
    const who = reportedSpeaker(opening, voice, () => undefined, 'present');
    if (!who) continue;
    first ??= { at: k, who };
    bodies.add(who.id);
    // "Tekniska nämnden har …" may describe a body; one body at least must be reported by a verb that reports.
    reporting ||= reportedSpeaker(opening, voice, () => undefined, 'present-inside') !== undefined;
  }
  if (!first || !reporting || bodies.size < MIN_REPORTED_BODIES) return undefined;
  return splitAtNames([{ respondent: first.who, source, start: first.at, end: whole.end, inherited: null }], known, voice, 'present');
}

/**
 * In a compilation arranged by question, a paragraph may open with the name of the respondent
 * whose answer it is ("Fritidsnämnden: Nämnden föreslår …") instead of a heading: such a paragraph,
 * naming a respondent the source has, starts that respondent's answer to the same question.
 */
function splitAtNames(answers: Answer[], known: Map<string, Respondent>, speaker: Resolver = () => undefined, tense: Tense = 'past'): Answer[] {
  const out: Answer[] = [];
  for (const a of answers) {
    const { lines } = a.source;
    const label = labelResolver(a.source, speaker);
    let part: Answer | undefined = a;
    for (let i = a.start; i < a.end; i++) {
      if (i !== a.start && !startsParagraph(lines, i)) continue;
      const r = namedAt(paragraphOpening(lines, i), known, speaker, label, tense);
      if (!r) {
        // Minutes: what the chair or a person says ("Moderatorn frågade …") is no respondent's
        // answer; it ends the one before it, and is left unattributed. So is the compiler's own
        // summing-up in a summary by question ("Sammantaget pekar en majoritet av svaren på …").
        const opening = paragraphOpening(lines, i);
        if (part && i !== part.start && (reportsNonRespondent(opening, speaker) || (tense === 'present' && opensSummary(opening)))) {
          out.push({ ...part, end: i });
          part = undefined;
        }
        continue;
      }
      if (part && i === part.start) continue;
      if (part) out.push({ ...part, end: i });
      part = { respondent: r, source: a.source, start: i, end: a.end, inherited: a.inherited };
    }
    if (part) out.push(part);
  }
  return out;
}

/**
 * Under a question's heading, before any respondent's heading: paragraphs opened by respondents'
 * names ("Fritidsnämnden: …"), each an answer to that question (split one from another by
 * splitAtNames). Returns the answers found in those stretches.
 */
function namedUnderQuestions(source: Source, byQuestion: Map<number, string | null>, answers: Answer[], known: Map<string, Respondent>, speaker: Resolver = () => undefined, tense: Tense = 'past'): Answer[] {
  const out: Answer[] = [];
  const label = labelResolver(source, speaker);
  for (const [i, question] of byQuestion) {
    if (question === null) continue;
    const h = source.headings[i];
    // The stretch ends at the next answer's heading or the next question's (no spread: answers may be many).
    let next = source.lines.length;
    for (const a of answers) if (a.start >= h.end) next = Math.min(next, a.heading ? a.heading.start : a.start);
    for (const k of byQuestion.keys()) if (k > i) next = Math.min(next, source.headings[k].start);
    for (let k = h.end; k < next; k++) {
      if (k > h.end && !startsParagraph(source.lines, k)) continue;
      const r = namedAt(paragraphOpening(source.lines, k), known, speaker, label, tense);
      if (!r) continue;
      out.push({ respondent: r, source, start: k, end: next, inherited: question });
      break; // the rest of the stretch is split at the names by splitAtNames
    }
  }
  return out;
}

/** The source's respondents by their folded names and headings. */
function knownNames(source: Source): Map<string, Respondent> {
  const known = new Map<string, Respondent>();
  source.headings.forEach((h, i) => {
    const r = source.respondents[i];
    if (r) {
      known.set(foldWords(r.name), r);
      known.set(foldWords(h.text), r);
    }
  });
  return known;
}

/**
 * The respondent whose name opens a paragraph before a colon ("Kulturnämnden: …"), if the source
 * has it, or whom the paragraph reports speaking ("Kulturförvaltningen framförde att …").
 */
function namedAt(text: string, known: Map<string, Respondent>, speaker: Resolver = () => undefined, label: Resolver = speaker, tense: Tense = 'past'): Respondent | undefined {
  const m = NAME_OPENING.exec(text.trim());
  if (!m) return reportedSpeaker(text, speaker, label, tense);
  return known.get(foldWords(m[1].replace(/\s*\([^)]*\)\s*$/u, ''))) ?? matchedRespondent(m[1], known) ?? reportedSpeaker(text, speaker, label, tense);
}

/**
 * Who a paragraph's label names ("Kulturnämnden:", "GRN och FSKN (gemensamt yttrande):",
 * "Polisområde Malmö –"): whom the speaker resolver knows; else bodies it knows joined by "och"
 * or commas, one joint answer; else a name ending in a body's word.
 */
function labelResolver(source: Source, speaker: Resolver): Resolver {
  return (name) => {
    const known = speaker(name);
    if (known) return known;
    // Bodies it knows joined by "och" or commas ("GRN och FSKN (gemensamt yttrande):"): one joint answer.
    const joint = jointSpeakers(name, speaker);
    if (joint) return joint;
    // A body the source names nowhere else, by its shape.
    return bodyByShape(name, source);
  };
}

/**
 * A body by its shape alone: a proper name whose first or last word is a body's
 * ("Hyresgästföreningen:", "Hyresgästföreningen Syd –", "Polismyndigheten"), not a letterhead's
 * line with a field ("Stadskontoret Att:", "Gymnasieförvaltningen Datum:").
 */
function bodyByShape(name: string, source: Source): Respondent | undefined {
  const words = name.split(/\s+/u);
  const proper = words.every((w) => /^\p{Lu}/u.test(w)) && !/[\d•|]/u.test(name) && !isFieldWord(words[words.length - 1]);
  return proper && (looksLikeBodyName(words[0]) || looksLikeBodyName(words[words.length - 1])) ? scoped(nameAsRespondent(name, source.registry.registry), source.registry, undefined) : undefined;
}

let fieldWords: RegExp | undefined;

/** A letter's field label as a word ("Att", "Datum", "Dnr"; structure.json attention and referenceLines). */
function isFieldWord(word: string): boolean {
  if (!fieldWords) {
    const s = loadData<{ attention: string[]; referenceLines: string[] }>('lexicon/structure.json');
    const words = [...s.attention, ...s.referenceLines].map((w) => (w.startsWith('*') ? `\\p{L}*${w.slice(1)}` : w));
    fieldWords = letterRegExp(`^(?:${words.join('|')})$`, 'u');
  }
  return fieldWords.test(fold(word));
}

/** The source's respondent a name stands for, by the registry body it names. */
function matchedRespondent(name: string, known: Map<string, Respondent>): Respondent | undefined {
  const body = matchBodyName(name.trim());
  return body ? [...known.values()].find((r) => r.id === body.body.id) : undefined;
}

/**
 * The top-level pass over one source: where answers start and end. `byQuestion` holds the question
 * headings of a compilation arranged by question (arrangedByQuestion), empty otherwise; a heading
 * held with null is the compiler's own chapter after them, which ends the answers before it.
 */
function topLevel(source: Source, model: QuestionModel, preambleEnd: number, byQuestion: Map<number, string | null>): Answer[] {
  const answers: Answer[] = [];
  const { lines, headings } = source;
  let open: Answer | undefined;
  let docQuestion: string | null = null;
  const close = (end: number): void => {
    if (open) {
      open.end = end;
      answers.push(open);
      open = undefined;
    }
  };
  const names = new Set(headings.filter((_h, k) => source.respondents[k]).map((h) => fold(h.text)));
  const soleRespondent = new Set(source.respondents.filter((r): r is Respondent => r !== undefined).map((r) => r.id)).size === 1;
  const namesRespondents = (h: HeadingBlock): boolean => lines.slice(h.start, h.end).some((l) => names.has(fold(l.text)));
  // Whether the first text under heading i is the next heading, naming a respondent.
  const bodyRightUnder = (i: number): boolean => {
    let k = headings[i].end;
    while (k < lines.length && lines[k].text === '') k++;
    return i + 1 < headings.length && headings[i + 1].start === k && source.respondents[i + 1] !== undefined;
  };
  headings.forEach((h, i) => {
    if (h.start < preambleEnd) return;
    const respondent = source.respondents[i];
    // A compilation arranged by question: a question's heading ends the answer before it, and the
    // answers after it answer that question.
    const asked = byQuestion.get(i);
    if (asked !== undefined) {
      close(h.start);
      docQuestion = asked;
      markHeading(lines, h);
      return;
    }
    // The same body named again inside its own answer (a running letterhead, the signature) does
    // not start a new answer.
    if (respondent && open && (open.respondent.id === respondent.id || shortFormOf(respondent, open.respondent))) {
      markHeading(lines, h);
      return;
    }
    if (respondent) {
      close(h.start);
      open = { respondent, source, start: h.end, end: lines.length, inherited: docQuestion, heading: h };
      markHeading(lines, h);
      return;
    }
    // A letter's own appendix ("Bilaga 1" / the yttrande a tjänsteskrivelse sends on) is its
    // writer's still: in a source of one respondent, an appendix heading ends no answer.
    if (open && soleRespondent && isAppendixHeading(h.text) && !isOfficeHeading(h)) {
      markHeading(lines, h);
      return;
    }
    // A form that one respondent filled in ("Remissinstans: X", then "Remissfrågor" / "Fråga 1. …" /
    // "Svar: …"): the heading that introduces the questions is part of its answer, not the end of it.
    if (open && soleRespondent && !isOfficeHeading(h) && introducesQuestions(h.text)) {
      markHeading(lines, h);
      return;
    }
    // "Svar på remissfråga 2" in a source of one respondent: its answer's own heading of the
    // question, not a compilation's part that holds every respondent's answer to it.
    if (open && soleRespondent && !isOfficeHeading(h) && numberedQuestion(h.text) !== undefined) {
      markHeading(lines, h);
      return;
    }
    // … and in a compilation of letters, where prose follows it rather than the next body's name:
    // a compilation arranged by question puts the bodies' names under such a heading.
    if (open && !isOfficeHeading(h) && numberedQuestion(h.text) !== undefined && !bodyRightUnder(i)) {
      markHeading(lines, h);
      return;
    }
    if (isCompilationSection(h.text) || (!soleRespondent && isNumberedCompilationSection(h.text)) || isOfficeHeading(h)) {
      close(h.start);
      const n = numberedQuestion(h.text);
      if (n !== undefined && n <= model.questions.length) docQuestion = `Q${n}`;
      markHeading(lines, h);
      return;
    }
    if (!open) {
      // A compilation arranged by question: its question headings stand between the answers. The
      // matter's title ("Remiss från Region Skåne: Regional handlingsplan …") and a list of the
      // respondents ("Sveriges Kommuner och Regioner" among them) share a question's words, but
      // are no such heading.
      // Such a heading is put as a question: it asks ("…?") or is numbered ("2. Uppföljning").
      const asks = /\?["”]?$/u.test(h.text) || NUMBERING.test(h.text);
      const [best, second] = !asks || isMatterTitle(h.text) || namesRespondents(h) ? [] : matchQuestions(model, h.text);
      if (isAnchor(best, second)) docQuestion = best.question;
      markHeading(lines, h);
    }
  });
  close(lines.length);
  // A source arranged by question holds many bodies' answers: a body signing it at its end is its
  // compiler ("Stadskontoret"), not the sender of a letter that runs from its top.
  if (byQuestion.size === 0) signedAtTheEnd(answers, lines, Math.max(preambleEnd, 0));
  // Letters scanned one per page, each signed by its sender (src/segment/signed-pages.ts).
  const paged = signedPageLetters(source, answers, Math.max(preambleEnd, 0));
  if (paged) return paged;
  // A source arranged by question, its answers named by who speaks (meeting notes), is no one
  // respondent's answer: its text before the first question is the notes' own.
  if (answers.length === 0 && !source.remissLetter && byQuestion.size === 0) {
    // A source with no respondent heading is one respondent's answer: named by its running
    // header (a protocol's committee on every page), else by its file.
    const start = Math.max(preambleEnd, 0);
    const header = respondentFromRunningHeader(source.doc.furniture, source.registry.registry);
    // … else by its own title ("PROTOKOLL fört vid sammanträde med styrelsen för MKB Fastighet AB").
    const titled = header ? undefined : titleOwner(source);
    const respondent = header ?? titled ?? respondentFromFileName(source.doc.info.path, source.registry.registry);
    answers.push({ respondent: scoped(respondent, source.registry, undefined), source, start, end: lines.length, inherited: docQuestion, byFileName: header === undefined && titled === undefined });
  }
  return answers;
}

/** The body the source's first heading, a document's title, names as its owner (respondents.ts documentOwner). */
function titleOwner(source: Source): Respondent | undefined {
  const first = source.headings[0];
  const owner = first ? documentOwner(first.text, source.registry.registry) : undefined;
  return owner ? knownRespondent(owner) : undefined;
}

/**
 * A file of letters one per page, each naming its sender where it is signed, in its first sentence
 * or in its own heading: the answers are its pages, each its sender's — where every page letter
 * shows one, half of them by a signature, at least MIN_PAGE_LETTERS of them, and the headings
 * found fewer answers than that.
 */
function signedPageLetters(source: Source, answers: Answer[], from: number): Answer[] | undefined {
  const { lines } = source;
  if (lines.length === 0 || pageOf(lines[0]) == null || source.remissLetter) return undefined;
  const spans = pageSpans(lines).filter((sp) => sp.end > from);
  if (spans.length < MIN_PAGE_LETTERS || answers.length >= spans.length) return undefined;
  const reg = source.registry.registry;
  const out: Answer[] = [];
  let signed = 0;
  for (const sp of spans) {
    const start = Math.max(sp.start, from);
    // A respondent heading of the letter's own head (its first lines), not one further down.
    const head = textLinesFrom(lines, start, sp.end, LETTER_HEAD_LINES + 1)[LETTER_HEAD_LINES] ?? sp.end;
    const own = answers.find((a) => (a.heading?.start ?? a.start) >= start && a.start < head && a.respondent.known);
    // The signature first, then the first sentence's subject, then a heading of the letter's head
    // (which may be its addressee, "Kommunstyrelsen", where the letter has no letterhead).
    const bySignature = signatureSender(lines, start, sp.end, reg);
    if (bySignature) signed++;
    const sender = bySignature ?? openingSender(lines, start, sp.end, reg) ?? own?.respondent ?? pageLetterheadSender(lines, start, sp.end, reg);
    if (!sender) return undefined;
    out.push({ respondent: sender === own?.respondent ? sender : scoped(sender, source.registry, undefined), source, start, end: sp.end, inherited: null });
  }
  // The genre shows itself in its signatures: half the page letters at least are signed by a body.
  return signed * 2 >= spans.length && new Set(out.map((a) => a.respondent.id)).size >= MIN_PAGE_LETTERS ? out : undefined;
}

/** The lines of a page letter's head, with text, in which its own respondent heading stands. */
export const LETTER_HEAD_LINES = 8;


/** Words after a source's only respondent name, at most, for the name to be the letter's signature. */
export const SIGNATURE_WORDS = 30;

/**
 * A letter that names its sender only where it is signed ("… / Parkeringsbolaget i Malmö AB /
 * Anna Berg, vd"): the source's one respondent heading comes after all the text but a signature,
 * so the letter above it is that body's answer, not a preamble of no one's.
 */
function signedAtTheEnd(answers: Answer[], lines: Line[], from: number): void {
  if (answers.length !== 1 || !answers[0].heading) return;
  const a = answers[0];
  const wordsIn = (start: number, end: number): number => lines.slice(start, end).reduce((n, l) => n + words(l.text).length, 0);
  if (a.heading!.start <= from || wordsIn(a.start, a.end) > SIGNATURE_WORDS || wordsIn(from, a.heading!.start) <= SIGNATURE_WORDS) return;
  a.start = from;
}

/**
 * A chat export's answers, one a post (src/segment/chat.ts), and the lines that are no one's: the
 * moderator's posts and the channel's own lines after the preamble, each with its author line; an
 * answer's author line is its heading. Undefined when the source is no chat export.
 */
function chatAnswers(source: Source, preambleEnd: number, count = 0): { answers: Answer[]; moderator: Array<[number, number]> } | undefined {
  const posts = chatPosts(source.lines);
  if (!posts) return undefined;
  const reg = source.registry.registry;
  const moderator = moderatorOf(posts);
  // A transcript's speakers named without an organisation: the one the participants list or their introduction gives.
  const speakers = posts.some((p) => p.speaker) ? speakersOrganisations(source.lines, posts, reg) : new Map<string, string>();
  const answers: Answer[] = [];
  const theirs: Array<[number, number]> = [];
  // The question the moderator took up last ("Då går vi till fråga två"): the answers after it answer it.
  let asked: string | null = null;
  for (const p of posts) {
    const post = p.speaker && speakers.get(p.speaker) ? { ...p, organisation: speakers.get(p.speaker) } : p;
    if (post.end <= preambleEnd) continue;
    const from = Math.max(post.line, preambleEnd);
    if (!post.organisation || post.organisation === moderator) {
      const n = post.organisation === moderator && post.speaker === undefined ? askedQuestion(source.lines.slice(post.start, post.end).map((l) => l.text).join(' ')) : undefined;
      if (n !== undefined && n >= 1 && n <= count) asked = `Q${n}`;
      theirs.push([from, post.end]);
      continue;
    }
    const respondent = answersFor(source.lines, post, reg) ?? nameAsRespondent(post.organisation, reg);
    // The author line is the answer's heading: it names the writer, and answers nothing.
    // (A transcript's is two lines: the time stamp, the speaker.)
    const heading = post.line >= preambleEnd ? { start: post.line, end: post.start, text: source.lines.slice(post.line, post.start).map((l) => l.text.trim()).join(' ') } : undefined;
    // The reactions and the "edited" note under it are the channel's.
    const end = postTextEnd(source.lines, post);
    answers.push({ respondent: scoped(respondent, source.registry, undefined), source, start: Math.max(post.start, preambleEnd), end, inherited: asked, ...(heading ? { heading } : {}) });
    if (end < post.end) theirs.push([end, post.end]);
  }
  return { answers, moderator: theirs };
}

/**
 * An official's log of contacts (src/segment/log-entries.ts): each entry whose opening line names
 * one body is that body's answer, its opening line the answer's heading; the other entries are the
 * compiler's own. Undefined where the source is no log, or fewer than two of its entries name a body.
 */
function loggedAnswers(source: Source, preambleEnd: number): { answers: Answer[]; theirs: Array<[number, number]> } | undefined {
  const entries = logEntries(source.lines);
  if (!entries) return undefined;
  const reg = source.registry.registry;
  const answers: Answer[] = [];
  const theirs: Array<[number, number]> = [];
  // The official's own office ("Malmö stad, stadskontoret" at the top): its lawyer is no respondent.
  const own = foldWords([...letterheadOf(source.doc), ...runningHeaderOf(source.doc)].join(' '));
  const ownOffice = (b: Body): boolean => [...b.names, ...b.administrations].some((n) => own.includes(foldWords(n)));
  for (const e of entries) {
    if (e.end <= preambleEnd) continue;
    const found = e.line >= preambleEnd ? entryBody(e.about, reg) : undefined;
    const body = found && !ownOffice(found) ? found : undefined;
    if (!body) {
      theirs.push([Math.max(e.line, preambleEnd), e.end]);
      continue;
    }
    const heading = { start: e.line, end: e.line + 1, text: source.lines[e.line].text };
    answers.push({ respondent: scoped(knownRespondent({ body, name: body.names[0] }), source.registry, undefined), source, start: e.line + 1, end: e.end, inherited: null, heading });
  }
  return new Set(answers.map((a) => a.respondent.id)).size >= 2 ? { answers, theirs } : undefined;
}

/**
 * A case print's documents (src/segment/filed.ts), each one sender's: an answer's sender is the
 * body its record names when the registry knows it (an office's record is its nämnd's: "Avsändare:
 * Fritidsförvaltningen"), else the first known body the reading of the document's own headings
 * found, else the record's name as written. Every other heading of the print opens no answer: a
 * letterhead, an addressee, a signature inside a document are that document's; the print's own
 * head and the case's own papers are no one's.
 */
function filedOf(
  lines: Line[],
  headings: HeadingBlock[],
  respondents: Array<Respondent | undefined>,
  reg: SourceRegistry,
  registries: SourceRegistry[],
): { entries: NonNullable<Source['filed']>; respondents: Array<Respondent | undefined> } | undefined {
  const entries = filedEntries(lines, reg.registry);
  if (!entries) return undefined;
  const own: Array<Respondent | undefined> = headings.map(() => undefined);
  const filed = entries.map((e) => {
    if (e.kind !== 'answer') return e;
    // The entry's headings by index, found by binary search (a print of many documents has many headings).
    const inside: number[] = [];
    for (let i = lowerBound(headings.length, (k) => headings[k].start >= e.start); i < headings.length && headings[i].start < e.end; i++) inside.push(i);
    const read = inside.map((i) => respondents[i]).filter((r): r is Respondent => r !== undefined);
    const found = e.sender?.known ? scoped(e.sender, reg, registries) : (read.find((r) => r.known) ?? (e.sender ? scoped(e.sender, reg, registries) : read[0]));
    // The entry's first heading opens it: the question list before it is the preamble.
    if (found && inside.length > 0) own[inside[0]] = found;
    return found ? { ...e, respondent: found } : e;
  });
  return { entries: filed, respondents: own };
}

/**
 * A case print's answers and the lines that are no one's: the case's own papers (the remiss after
 * its question list, receipts, reminders, notes) are the compiler's text; a document the record
 * says neither of is left unattributed, with a warning. A record is its answer's heading.
 */
function filedAnswers(source: Source, preambleEnd: number): { answers: Answer[]; theirs: Array<[number, number]> } {
  const answers: Answer[] = [];
  const theirs: Array<[number, number]> = [];
  for (const e of source.filed ?? []) {
    if (e.end <= preambleEnd) continue;
    if (e.kind === 'other') theirs.push([Math.max(e.start, preambleEnd), e.end]);
    if (e.kind !== 'answer' || !e.respondent) continue;
    const heading = { start: e.start, end: e.textStart, text: e.respondent.name };
    answers.push({ respondent: e.respondent, source, start: Math.max(e.textStart, preambleEnd), end: e.end, inherited: null, ...(e.start >= preambleEnd ? { heading } : {}) });
  }
  return { answers, theirs };
}

/**
 * A source without a respondent heading is one answer, named after its file. That is sound when
 * the file name names a body (kulturnamnden.txt, parkeringsbolaget.txt: a registry body or a
 * body-like name); tolerable, with a warning, when the round has other respondents (one file per
 * respondent) or the text has structure of its own (headings, questions); and otherwise the text
 * is nothing the tool can place: an input error rather than a respondent called "notes".
 */
function checkFileNamed(answers: Answer[]): string[] {
  const warnings: string[] = [];
  const othersNamed = answers.some((a) => !a.byFileName);
  for (const a of answers) {
    if (!a.byFileName) continue;
    const r = a.respondent;
    const name = r.name.charAt(0).toUpperCase() + r.name.slice(1);
    if (r.known || looksLikeBodyName(name)) continue;
    const path = a.source.doc.info.path;
    const structured = a.source.headings.some((h) => h.start >= a.start);
    if (!othersNamed && !structured) {
      throw new InputError(path, 'ingen remissinstans känns igen (ingen rubrik med en nämnd, ett bolag eller en organisation, och filnamnet namnger ingen)');
    }
    warnings.push(`${path}: ingen rubrik namnger remissinstansen och filnamnet namnger ingen; texten tillskrivs "${r.name}"`);
  }
  return warnings;
}

/**
 * A respondent whose whole answer is that it has nothing to say ("Nämnden har inget att erinra
 * mot förslaget"): a short text that answers no question and says so in words of
 * data/lexicon/sections.json (noObjection). It answered, but no question; the grid names it.
 */
function markNoObjection(respondents: Map<string, Respondent>, segments: Segment[]): void {
  const lex = sectionsLexicon();
  const phrases = lex.noObjection.map((p) => ` ${fold(p)} `);
  const byRespondent = new Map<string, Segment[]>();
  for (const s of segments) {
    if (s.respondent === null) continue;
    const list = byRespondent.get(s.respondent);
    if (list) list.push(s);
    else byRespondent.set(s.respondent, [s]);
  }
  for (const [id, mine] of byRespondent) {
    if (mine.some((s) => s.question !== null && !s.noAnswer)) continue;
    const text = mine.map((s) => s.text).join(' ');
    if (text.split(/\s+/u).length > lex.noObjectionMaxWords) continue;
    const f = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
    const r = respondents.get(id);
    // "inga synpunkter utöver att …": the body does have a point.
    const except = lex.noObjectionExcept.map(fold);
    const says = phrases.some((p) => {
      const at = f.indexOf(p);
      return at >= 0 && !except.includes(f.slice(at + p.length).split(' ')[0]);
    });
    if (r && says) respondents.set(id, { ...r, noObjection: true });
  }
}

/** Prose lines after a compilation's question list before its first answer that still read as preamble. */
export const PREAMBLE_PROSE_LINES = 6;

/**
 * Answers that are full minutes narrowed to their remiss item (src/segment/agenda.ts); the rest of
 * each such answer is recorded in `minutes` as the minutes' own text.
 */
function keepRemissItem(answers: Answer[], minutes: Map<Source, Array<[number, number]>>): Answer[] {
  return narrowed(answers, (a) => remissRanges(a.source.lines, a.start, a.end), minutes);
}

/**
 * Answers that take up several remisser in sections of their own narrowed to the section on the
 * round's own (src/segment/matters.ts); the other sections are recorded in `elsewhere`.
 */
function keepOwnMatter(answers: Answer[], matters: Matters, elsewhere: Map<Source, Array<[number, number]>>): Answer[] {
  if (matters.own === undefined) return answers;
  // Where each answer's letter begins: after the answer before it in its source, or at the top.
  const lastEnd = new Map<Source, number>();
  return narrowed(
    answers,
    (a) => {
      const headFrom = lastEnd.get(a.source) ?? 0;
      lastEnd.set(a.source, Math.max(headFrom, a.end));
      return ownMatterRanges(a.source, a.start, a.end, matters, headFrom);
    },
    elsewhere,
  );
}

/**
 * Each answer narrowed to the line ranges `keep` gives it (unchanged where it gives none), the
 * ranges after the first without the answer's heading; what is cut out of each is recorded in `rest`.
 */
function narrowed(answers: Answer[], keep: (a: Answer) => Array<[number, number]> | undefined, rest: Map<Source, Array<[number, number]>>): Answer[] {
  const out: Answer[] = [];
  for (const a of answers) {
    const ranges = keep(a);
    if (!ranges) {
      out.push(a);
      continue;
    }
    const cut = rest.get(a.source) ?? [];
    let at = a.start;
    for (const [start, end] of ranges) {
      if (start > at) cut.push([at, start]);
      at = end;
    }
    if (a.end > at) cut.push([at, a.end]);
    rest.set(a.source, cut);
    ranges.forEach(([start, end], k) => out.push({ ...a, start, end, ...(k > 0 ? { heading: undefined } : {}) }));
  }
  return out;
}

/**
 * Nothing is lost: every content line outside the answers becomes a segment of no respondent —
 * the compilation's preamble (before the first answer of its source), or unattributed text
 * (between or after answers, or a preamble with more prose after its question list than a
 * preamble has), which a warning names with its lines.
 */
function unattributed(
  sources: Source[],
  answers: Answer[],
  preambleEnd: Map<number, number>,
  minutes: Map<Source, Array<[number, number]>> = new Map(),
  moderated: Map<Source, Array<[number, number]>> = new Map(),
  elsewhere: Map<Source, Array<[number, number]>> = new Map(),
  askedAt: Map<Source, Array<[number, number]>> = new Map(),
): { segments: Segment[]; warnings: string[] } {
  const segments: Segment[] = [];
  const warnings: string[] = [];
  const bySource = new Map<Source, Answer[]>();
  for (const a of answers) {
    const list = bySource.get(a.source);
    if (list) list.push(a);
    else bySource.set(a.source, [a]);
  }
  for (const source of sources) {
    const covered = new Uint8Array(source.lines.length);
    const mine = bySource.get(source) ?? [];
    for (const a of mine) covered.fill(1, a.start, a.end);
    // The minutes' own text (other agenda items): a part of its own, each item apart.
    for (const [start, end] of minutes.get(source) ?? []) {
      let from = start;
      for (let k = start + 1; k <= end; k++) {
        if (k < end && !opensAgendaItem(source.lines[k].text)) continue;
        const body = trimBlank(source.lines.slice(from, k));
        if (body.some((l) => l.text !== '')) segments.push({ respondent: null, part: 'minutes', question: null, heading: null, text: body.map((l) => l.text).join('\n'), page: body[0].page, line: body[0].line, lines: body });
        from = k;
      }
      covered.fill(1, start, end);
    }
    // Ranges known to be of no respondent, each a segment of its part.
    const setApart = (ranges: Array<[number, number]>, part: Segment['part']): void => {
      for (const [start, end] of ranges) {
        const body = trimBlank(source.lines.slice(start, end));
        if (body.some((l) => l.text !== '')) segments.push({ respondent: null, part, question: null, heading: null, text: body.map((l) => l.text).join('\n'), page: body[0].page, line: body[0].line, lines: body });
        covered.fill(1, start, end);
      }
    };
    // A chat's moderator posts and the channel's own lines: the compiler's text, each post apart.
    setApart(moderated.get(source) ?? [], 'compilation');
    // A letter's sections on other remisser than the round's: a part of their own.
    setApart(elsewhere.get(source) ?? [], 'other-matter');
    // A respondent's own heading line belongs to the answer it opens.
    for (const a of mine) if (a.heading) covered.fill(1, a.heading.start, a.heading.end);
    // A question's heading between the answers of a compilation arranged by question, with the
    // rule under it and the question asked again: the compiler's structure, kept as its text but
    // no line of unknown owner. Any other line in the run keeps the warning.
    const headingsAsked = askedAt.get(source);
    const asked = headingsAsked ? new Uint8Array(source.lines.length) : undefined;
    for (const [start, end] of headingsAsked ?? []) asked!.fill(1, start, end);
    const onlyAsked = (from: number, to: number): boolean => {
      if (!asked?.[from]) return false;
      for (let k = from; k < to; k++) {
        const text = source.lines[k].text;
        if (text === '' || asked![k] || isRule(text)) continue;
        // A paragraph that ends in a question mark: the question restated.
        let end = k;
        while (end + 1 < to && source.lines[end + 1].text !== '') end++;
        if (!/\?["”’»)]*$/u.test(source.lines[end].text.trim())) return false;
        k = end;
      }
      return true;
    };
    // No spread: a source of a hundred thousand answers would overflow the stack.
    const firstAnswer = mine.reduce((m, a) => Math.min(m, a.start), source.lines.length);
    // The compilation's list of the bodies that answered ("- Fritidsnämnden (FRN-2026-…), beslut
    // 2026-03-19"), between its questions and the first answer, is its roster, not prose.
    const answering = new Set(mine.map((a) => foldWords(a.respondent.name)));
    const roster = namesOfLists(source.lines.slice(preambleEnd.get(source.index) ?? 0, firstAnswer), (n) => answering.has(n));
    const onRoster = (text: string): boolean => roster.size > 0 && roster.has(listedName(text) ?? '');
    let i = 0;
    while (i < source.lines.length) {
      if (covered[i] || source.lines[i].text === '') {
        i++;
        continue;
      }
      let j = i;
      while (j < source.lines.length && !covered[j]) j++;
      const body = trimBlank(source.lines.slice(i, j));
      const content = body.filter((l) => l.text !== '');
      const before = i < firstAnswer;
      let afterList = 0;
      for (let k = Math.max(i, preambleEnd.get(source.index) ?? 0); k < j; k++) if (source.lines[k].text !== '' && !source.lines[k].heading && !(k < firstAnswer && onRoster(source.lines[k].text))) afterList++;
      // The heading the run opens with (only blank lines before it): found by binary search, not a
      // scan of every heading for every run.
      const first = headingsWithin(source.headings, i, j)[0];
      const opening = first && source.lines.slice(i, first.start).every((l) => l.text === '') ? first : undefined;
      const part: Segment['part'] =
        source.remissLetter || (before && (preambleEnd.has(source.index) ? afterList <= PREAMBLE_PROSE_LINES : mine.length > 0))
          ? 'preamble'
          : (opening && (isCompilationSection(opening.text) || isNumberedCompilationSection(opening.text) || isOfficeHeading(opening))) || onlyAsked(i, j)
            ? 'compilation'
            : 'unattributed';
      if (content.length > 0) {
        segments.push({ respondent: null, part, question: null, heading: null, text: body.map((l) => l.text).join('\n'), page: body[0].page, line: body[0].line, lines: body });
        if (part === 'unattributed') {
          const where = `${source.doc.info.path}: ${lineRef(body[0])}–${lineRef(body[body.length - 1])}`;
          warnings.push(`${content.length} ${content.length === 1 ? 'rad' : 'rader'} hör inte till någon remissinstans (${where}, "${clip(content[0].text)}")`);
        }
      }
      i = j;
    }
  }
  return { segments, warnings };
}

/**
 * Whether an unknown body's name is the first words of the open answer's ("POLISMYNDIGHETEN" in the
 * letter under the compiler's "POLISMYNDIGHETEN, LOKALPOLISOMRÅDE MALMÖ CENTRUM"): its own head
 * naming it shorter, not the next answer.
 */
function shortFormOf(named: Respondent, open: Respondent): boolean {
  return !named.known && foldWords(open.name).startsWith(`${foldWords(named.name)} `);
}

function lineRef(l: Line): string {
  return l.page !== null ? `s. ${l.page} rad ${l.line}` : `rad ${l.line}`;
}

function clip(text: string): string {
  return text.length > 50 ? `${text.slice(0, 47)}…` : text;
}

function markHeading(lines: Line[], h: HeadingBlock): void {
  for (let i = h.start; i < h.end; i++) lines[i].heading = true;
}

interface Section {
  question: string | null;
  heading: HeadingBlock | null;
  start: number;
}

/** Classify the headings inside one answer and cut it into segments. */
function sectionsOf(answer: Answer, model: QuestionModel): Segment[] {
  // An earlier mail quoted under the answer (the compiler's own question mail) is its last part and
  // answers nothing: its numbered questions must not take the answer's.
  const quoted = quotedMailStart(answer.source.lines, answer.start, answer.end);
  if (quoted === undefined) return sectionsOfBody(answer, model);
  // A file the mail carried, its text saved below the quoted mail under a caption of its own
  // ("-----" / "Yttrande fritidsnämnden.pdf" / "-----"): the quoted mail ends there, and the
  // file's text is the answer's.
  const attached = attachmentCaption(answer.source.lines, quoted + 1, answer.end);
  if (attached !== undefined) return [...sectionsOf({ ...answer, end: attached }, model), ...sectionsOf({ ...answer, start: attached }, model)];
  const body = sectionsOfBody({ ...answer, end: quoted }, model);
  // A forwarded mail is what the forward sends on: where the note above it answers no question and
  // the forwarded text does ("På uppdrag av nämnden vidarebefordrar jag yttrandet"), it is the answer.
  if ((isForwardMarker(answer.source.lines[quoted].text) || forwardsQuoted(answer.source.lines, quoted)) && !body.some((s) => s.question !== null)) {
    const whole = sectionsOfBody(answer, model);
    if (whole.some((s) => s.question !== null)) return whole;
  }
  return [...body, ...quotedMailSegments(answer.source.lines, quoted, answer.end, answer.respondent.id, model)];
}

function sectionsOfBody(answer: Answer, model: QuestionModel): Segment[] {
  const { lines } = answer.source;
  // "Fråga 4: Fritidsnämnden": a short answer after its question's label is a numbered paragraph, not a heading.
  const inside = headingsWithin(answer.source.headings, answer.start, answer.end).filter((h) => !answersAfterLabel(h, model));
  // The body's own name again inside its answer (a signature "Sveriges Kommuner och Regioner" above
  // the signer, a running letterhead) answers no question, however many of a question's words it has.
  const ownNames = new Set([answer.respondent.name, answer.heading?.text ?? ''].filter(Boolean).map(fold));
  // Read only where fewer topical headings than questions ask for it (inOrder).
  const declared = (): number[] | undefined => declaredQuestions(openingText(lines, answer.start, answer.end), model.questions.length);
  // … nor does a mail's subject ("Ämne: SV: Remiss: Program för levande torg"), which may share a question's words.
  // … nor does any body's name alone (the addressee "Kommunstyrelsen" in the letter's head, whose
  // "kommun" a question about other "kommuner" shares).
  const reg = answer.source.registry.registry;
  const kinds = classify(inside, model, lines, (h) => ownNames.has(fold(h.text)) || isMailHeaderLine(lines[h.start]) || (h.end - h.start === 1 && matchBodyName(h.text, reg) !== undefined), declared);

  const hasOwnQuestions = kinds.some((k) => k.kind === 'question');
  const opensWithSummary = inside.length > 0 && inside[0].start === firstContent(lines, answer.start) && kinds[0].kind === 'unanswered';
  const sections: Section[] = [
    { question: hasOwnQuestions || opensWithSummary ? null : answer.inherited, heading: null, start: answer.start },
  ];
  inside.forEach((h, i) => {
    const k = kinds[i];
    markHeading(lines, h);
    if (k.kind === 'sub') return;
    sections.push({ question: k.kind === 'question' ? k.question : null, heading: h, start: h.start });
  });
  // Paragraphs that name their question by number ("Fråga 2: …", "Vad gäller fråga 3 …", a run of
  // "1." … "4."); bare numbers only where the answer has no question headings of its own.
  const headingStarts = new Set(inside.map((h) => h.start));
  const reportSections = model.questions.map((q) => reportSection(q.text));
  const byReport = reportSections.filter(Boolean).length >= 2 ? reportSections : [];
  // A topic named by an opener answers the question a heading of those words would.
  const topicQuestion = (topic: string): number | undefined => {
    const [best, second] = matchQuestions(model, topic);
    return isOpenMatch(best, second) ? model.questions.findIndex((q) => q.id === best.question) + 1 : undefined;
  };
  for (const n of numberedStarts(lines, answer.start, answer.end, model.questions.length, byReport, topicQuestion)) {
    if (headingStarts.has(n.line) || (!n.explicit && hasOwnQuestions)) continue;
    // Already in that question's part (its heading named it): the paragraph continues the part.
    const within = sections.filter((x) => x.start <= n.line).sort((a, b) => b.start - a.start)[0];
    if (within?.question === `Q${n.number}`) continue;
    sections.push({ question: `Q${n.number}`, heading: null, start: n.line });
  }
  sections.sort((a, b) => a.start - b.start);
  if (!sections.some((s) => s.heading !== null && s.question !== null)) {
    // No heading names a question: one paragraph per question, in order — where some paragraphs
    // also name their number ("Beträffande fråga 3 …"), only if the numbers agree with the order.
    const numbered = sections.filter((s) => s.heading === null && s !== sections[0]);
    const plain = sections.filter((s) => !numbered.includes(s));
    splitByParagraphs(plain, lines, answer, model, new Set(numbered.map((n) => n.start)));
    const agrees = numbered.every((n) => plain.some((p) => p.start === n.start && p.question === n.question));
    if (plain.some((p) => p.question !== null) && agrees) sections.splice(0, sections.length, ...plain);
  }

  const segments: Segment[] = [];
  sections.forEach((s, i) => {
    const end = i + 1 < sections.length ? sections[i + 1].start : answer.end;
    const bodyStart = s.heading ? s.heading.end : s.start;
    const body = trimBlank(lines.slice(bodyStart, end));
    // An empty part is dropped, but a heading with nothing under it is kept, so that no line read vanishes.
    if (body.length === 0 && s.heading === null) return;
    const first = s.heading ? lines[s.heading.start] : body[0];
    const text = body.map((l) => l.text).join('\n');
    const none = s.question !== null ? noAnswerOf(text, model.questions.length) : undefined;
    segments.push({
      respondent: answer.respondent.id,
      question: s.question,
      heading: s.heading ? s.heading.text : null,
      text,
      page: first.page,
      line: first.line,
      lines: body,
      ...(none ? { noAnswer: true as const, ...(none.refersTo ? { refersTo: none.refersTo } : {}) } : {}),
    });
  });
  return segments;
}

/**
 * The question a number alone names ("2a", "3 b)", "1"): it has no words that could name another.
 * Or a Roman numeral, alone or heading a part ("III.", "Avsnitt II – Samverkan"): a remiss that
 * numbers its questions so is answered by them, and no answer numbers its own parts so.
 */
function markedQuestion(text: string): number | undefined {
  const m = QUESTION_MARK_LINE.exec(text);
  return m ? Number(m[1]) : romanPart(text);
}

/** A heading numbered as a question may be: "3. Ledning och samordning", "2) Risker". */
const BARE_NUMBER = /^(\d{1,2})[.)]\s+\p{Lu}/u;

/** Runs of headings numbered 1, 2, 3 … in order (at least two), each entry its index and number. */
function numberedRuns(headings: HeadingBlock[], count: number, lines: Line[]): Array<Array<{ i: number; n: number }>> {
  const runs: Array<Array<{ i: number; n: number }>> = [];
  let run: Array<{ i: number; n: number }> = [];
  // Items on the lines right under one another ("1) Stadskontoret" / "2) Fritidsnämnden") are a
  // list with no text of their own, not parts each answering a question.
  const listed = (i: number): boolean => run.length > 0 && !lines.slice(headings[run[run.length - 1].i].end, headings[i].start).some((l) => l.text.trim() !== '');
  headings.forEach((h, i) => {
    const m = BARE_NUMBER.exec(h.text);
    if (!m) return;
    const n = Number(m[1]);
    if (listed(i)) {
      run = [];
      return;
    }
    if (n === 1) {
      if (run.length >= 2) runs.push(run);
      run = [{ i, n }];
    } else if (run.length > 0 && n === run[run.length - 1].n + 1 && n <= count) run.push({ i, n });
    else {
      if (run.length >= 2) runs.push(run);
      run = [];
    }
  });
  if (run.length >= 2) runs.push(run);
  return runs;
}

/**
 * A signature: "För nätverket", "På nämndens vägnar" (data: structure.json signatureLeadIns), or a
 * line above "Förnamn Efternamn, roll" or a signing role ("Ordförande").
 */
function isSignature(h: HeadingBlock, lines: Line[]): boolean {
  if (h.end - h.start > 1) return false;
  const next = lines[h.end]?.text ?? '';
  const role = SIGNER_WITH_ROLE.exec(next)?.[1];
  return isSignatureLeadIn(h.text) || isPerson(h.text, next) || (role !== undefined && isPerson('', role)) || signersTitle(h, lines);
}

/** What follows a question's label repeats the question when it has this share of its words. */
export const LABEL_QUESTION_COVER = 0.5;

/**
 * Whether a heading is a question's label with the answer after it ("Fråga 4: Fritidsnämnden",
 * "Fråga 2: Se ovan."): numbered as a question, and what follows the label neither asks nor repeats
 * that question's words. A heading "Fråga 4: Vem bör samordna arbetet?" is the question's.
 */
function answersAfterLabel(h: HeadingBlock, model: QuestionModel): boolean {
  const n = numberedQuestion(h.text);
  if (n === undefined || n < 1 || n > model.questions.length || h.end - h.start > 1) return false;
  const label = /^[^:]{1,30}:\s*(\S.*)$/u.exec(h.text.trim());
  if (!label || /\?["”]?$/u.test(label[1])) return false;
  const best = matchQuestions(model, label[1])[0];
  return !(best?.question === `Q${n}` && best.questionCover >= LABEL_QUESTION_COVER);
}


/** At most this many words make a signer's title on the line under the name ("Avdelningschef", "Strateg social hållbarhet"). */
export const MAX_TITLE_WORDS = 3;

/**
 * A signer's title: a short line right under a person's name that is itself right under the
 * closing ("Med vänlig hälsning" / "Johan Ekström" / "Avdelningschef"), whatever its words.
 */
function signersTitle(h: HeadingBlock, lines: Line[]): boolean {
  if (h.text.split(/\s+/u).length > MAX_TITLE_WORDS || /\?$/u.test(h.text)) return false;
  const name = lines[h.start - 1]?.text ?? '';
  let k = h.start - 2;
  while (k >= 0 && lines[k].text === '') k--;
  return PERSON_NAME.test(name) && k >= 0 && isClosing(lines[k].text);
}

/**
 * A question's part that answers nothing: a form's empty field ("Svar: –", "Inget svar"), or one
 * pointing to another answer ("Se svar på fråga 2").
 */
function noAnswerOf(text: string, count: number): { refersTo?: string } | undefined {
  const { label, empty, reference } = noAnswerCues();
  const t = fold(text.replace(/\s+/g, ' ').trim())
    .replace(label, '')
    .replace(/[.!]$/u, '')
    .trim();
  if (t === '' || empty.has(t) || /^[–—-]+$/u.test(t)) return {};
  const ref = reference.exec(t);
  if (ref && t.length <= 60 && Number(ref[1]) >= 1 && Number(ref[1]) <= count) return { refersTo: `Q${Number(ref[1])}` };
  return undefined;
}

/**
 * An answer with no question headings and no numbered paragraphs, written as one paragraph per
 * question in the round's order: when the paragraphs of its last section are exactly as many as
 * the questions, each paragraph answers its question. Any other count is left as it is — a
 * paragraph is not guessed into a question.
 */
function splitByParagraphs(sections: Section[], lines: Line[], answer: Answer, model: QuestionModel, named: Set<number> = new Set()): void {
  const count = model.questions.length;
  if (count < 2) return;
  const last = sections[sections.length - 1];
  const from = last.heading ? last.heading.end : last.start;
  const starts: number[] = [];
  const width = answer.source.width;
  // A PDF that sets its paragraphs apart by space has them marked (src/read/pdf.ts): its short
  // lines ending a sentence are then no sign of a paragraph's end.
  let marked = false;
  for (let i = from; i < answer.end && !marked; i++) marked = lines[i].text === '';
  for (let i = from; i < answer.end; i++) {
    if (lines[i].text === '') continue;
    const prev = lines[i - 1];
    // After a blank line; in a PDF text layer, which has none, after a line that ends a sentence
    // short of the full width (the last line of a paragraph).
    // ("… planeras de närmaste åren, t.ex." ends on an abbreviation, not a sentence.)
    const pdfBreak = !marked && prev !== undefined && prev.page !== null && /[.!?:]["”’)]*$/u.test(prev.text) && !endsWithAbbreviation(prev.text) && prev.text.length < SHORT_LINE * width && /^["”“(]?[\p{Lu}\p{N}]/u.test(lines[i].text);
    // A paragraph that names its question ("Vad gäller huvudmannaskapet …") starts one, however
    // long the line before it.
    if (i === from || prev.text === '' || pdfBreak || named.has(i)) starts.push(i);
  }
  // Lines that are no paragraph of an answer — a signature, a name, "På nämndens vägnar" — are
  // not counted: short lines none of which ends a sentence.
  const prose = starts.filter((start, k) => {
    const end = starts[k + 1] ?? answer.end;
    // A rule drawn between answers ("______") is no paragraph, however long.
    const body = lines.slice(start, end).filter((l) => l.text !== '' && !l.heading && !RULE_LINE.test(l.text));
    return body.some((l) => l.text.length >= 60 || /[.!?]["”’)]*$/u.test(l.text));
  });
  starts.length = 0;
  starts.push(...prose);
  // One more paragraph than questions: a short first one introduces the answers ("Nämnden
  // besvarar frågorna i tur och ordning.").
  const short = starts.length > 0 && paragraphChars(lines, starts[0], starts[1] ?? answer.end) <= MAX_INTRO_CHARS;
  // A first paragraph that tells how the answer came about answers nothing, however the paragraphs
  // are counted: a short one introducing the letter ("Nämnden har fått rubricerad handlingsplan på
  // remiss och lämnar härmed sitt yttrande."), or the one right under a heading of the matter's
  // background ("Bakgrund"). With one paragraph per question besides it, a question was left out,
  // and which one the order does not tell.
  const framing =
    starts.length > 0 &&
    ((last.heading !== null && starts[0] === from && isBackgroundHeading(last.heading.text)) || (short && introducesLetter(lines.slice(starts[0], starts[1] ?? answer.end).map((l) => l.text).join(' '))));
  const intro = starts.length === count + 1 && (short || framing);
  if (!intro && (starts.length !== count || framing)) return;
  const question = last.question;
  if (question !== null && question !== answer.inherited) return;
  sections.pop();
  // What comes before the first answering paragraph (a heading, an introduction, a signature line) keeps a part of its own.
  if (last.heading || intro || starts[0] > from) sections.push({ question: null, heading: last.heading, start: last.start });
  starts.slice(intro ? 1 : 0).forEach((start, k) => sections.push({ question: `Q${k + 1}`, heading: null, start }));
}

/** A line shorter than this share of the body width, ending a sentence, ends a paragraph of a PDF. */
export const SHORT_LINE = 0.85;

/** An introduction to an answer's paragraphs is a sentence or two. */
export const MAX_INTRO_CHARS = 250;

function paragraphChars(lines: Line[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n += lines[i].text.length;
  return n;
}

/**
 * The headings (sorted by start) that lie within [start, end). A binary search, not a filter:
 * filtering every heading for every answer made large rounds quadratic.
 */
function headingsWithin(headings: HeadingBlock[], start: number, end: number): HeadingBlock[] {
  const lo = lowerBound(headings.length, (i) => headings[i].start >= start);
  const out: HeadingBlock[] = [];
  for (let i = lo; i < headings.length && headings[i].start < end; i++) if (headings[i].end <= end) out.push(headings[i]);
  return out;
}

function firstContent(lines: Line[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i].text === '') i++;
  return i;
}

function trimBlank(lines: Line[]): Line[] {
  let a = 0;
  let b = lines.length;
  while (a < b && lines[a].text === '') a++;
  while (b > a && lines[b - 1].text === '') b--;
  return lines.slice(a, b);
}

type Kind = { kind: 'question'; question: string } | { kind: 'unanswered' } | { kind: 'sub' };

/**
 * Topical headings, as many as the round has questions, that take the questions in turn: where
 * the headings placed so far all stand at their own question's turn, no heading is a clear match
 * for another turn's question, and the words of at least half of them fit their turn ("Om
 * trygghetsråden", "Kyrkans närvaro i fokusområdena", "Samordningsansvaret", "Lokaler och ideella
 * krafter" for four questions in that order), each heading answers its turn's question.
 */
function inOrder(headings: HeadingBlock[], lines: Line[], kinds: Kind[], matches: QuestionMatch[][], signed: boolean[], count: number, taken: Set<string>, declared?: () => number[] | undefined): void {
  if (count < 2) return;
  // From the first heading whose words meet a question's: the letterhead, date and title lines above it are no answers.
  // A heading that could answer a question: no signature, matter title, part that answers nothing, date or diary line.
  const candidate = (i: number): boolean => !signed[i] && couldAnswer(headings[i]);
  const first = matches.findIndex((m, i) => candidate(i) && (m[0]?.score ?? 0) > 0);
  if (first < 0) return;
  // Up to the signature ("För Malmö pastorat" / "Maria Lindfors, kyrkoherde": a lead-in, a signer
  // with a role, or the heading right above one), which answers nothing, or the closing parts that
  // name who is responsible ("Ansvariga", "Justering").
  const signer = (t: string): boolean => SIGNER_WITH_ROLE.test(t.trim());
  // A heading with nothing but blank lines between it and a signer below ("För Malmö pastorat").
  const aboveSigner = (i: number): boolean => {
    const next = headings[i + 1];
    return next !== undefined && signer(lines[next.start].text) && lines.slice(headings[i].end, next.start).every((l) => l.text === '');
  };
  const signature = headings.findIndex(
    (h, i) =>
      i > first &&
      (isSignatureLeadIn(h.text) || signer(lines[h.start].text) || aboveSigner(i) || unansweredKind(h.text) === 'reservations'),
  );
  const last = signature < 0 ? headings.length : signature;
  const topical = headings
    .map((_h, i) => i)
    .filter((i) => i >= first && i < last && candidate(i));
  // As many as the questions, or as the questions the answer says it answers ("lämnar synpunkter
  // på frågorna 1, 2 och 4": three headings take questions 1, 2 and 4).
  const said = topical.length === count || topical.length < 2 ? undefined : declared?.();
  const turns = topical.length === count ? topical.map((_i, k) => k + 1) : said?.length === topical.length ? said : undefined;
  // Numbered headings are read by their numbers, not by their turn.
  if (turns === undefined || topical.some((i) => NUMBERING.test(headings[i].text))) return;
  let agree = 0;
  for (const [k, i] of topical.entries()) {
    const turn = `Q${turns[k]}`;
    const kind = kinds[i];
    if (kind.kind === 'question' && kind.question !== turn) return;
    const [best, second] = matches[i];
    if (best && best.question !== turn && isAnchor(best, second)) return;
    if (best && best.question === turn && best.score > 0) agree++;
  }
  if (agree * 2 < topical.length) return;
  for (const [k, i] of topical.entries()) {
    kinds[i] = { kind: 'question', question: `Q${turns[k]}` };
    taken.add(`Q${turns[k]}`);
  }
}

/** The words an answer opens with: its first OPENING_LINES lines of text, where it says what it answers. */
export const OPENING_LINES = 12;

function openingText(lines: Line[], start: number, end: number): string {
  return textLinesFrom(lines, start, end, OPENING_LINES)
    .map((i) => lines[i].text)
    .join(' ');
}

/**
 * Anchors first (numbered or clearly matching headings), then parts that answer nothing, then
 * weak matches in document order, each only for a question this answer has not yet taken.
 */
function classify(headings: HeadingBlock[], model: QuestionModel, lines: Line[], isOwnName: (h: HeadingBlock) => boolean, declared?: () => number[] | undefined): Kind[] {
  const kinds: Kind[] = headings.map(() => ({ kind: 'sub' }));
  const taken = new Set<string>();
  // A signature ("För nätverket" / "Yusuf Demir, sammankallande") answers no question, whatever its
  // words: it stays in the part it closes.
  const signed = headings.map((h) => isSignature(h, lines) || isOwnName(h));
  const matches = headings.map((h, i) => (signed[i] ? [] : matchQuestions(model, h.text)));
  headings.forEach((h, i) => {
    if (signed[i]) return;
    // The matter's title ("Yttrande över promemorian …", "… (Ds 2026:14)") names the whole remiss.
    if (isMatterTitle(h.text)) {
      kinds[i] = { kind: 'unanswered' };
      return;
    }
    // A national remiss answered by the report's sections: the section named decides.
    const bySection = questionBySection(model, h.text);
    if (bySection) {
      kinds[i] = { kind: 'question', question: bySection };
      taken.add(bySection);
      return;
    }
    const n = numberedQuestion(h.text) ?? markedQuestion(h.text);
    if (n !== undefined && n >= 1 && n <= model.questions.length) {
      kinds[i] = { kind: 'question', question: `Q${n}` };
      taken.add(`Q${n}`);
      return;
    }
    const [best, second] = matches[i];
    if (isAnchor(best, second)) {
      kinds[i] = { kind: 'question', question: best.question };
      taken.add(best.question);
    }
  });
  // A run of headings numbered 1, 2, 3 … as the questions are ("1. Målbild", "2. Samarbeten", "3.
  // Ledning och samordning"), which the words of one at least confirm: each answers its number's
  // question, even where the form around it has taken that question already.
  for (const run of numberedRuns(headings, model.questions.length, lines)) {
    const agrees = run.some(({ i, n }) => matches[i][0]?.question === `Q${n}` && matches[i][0].score > 0);
    const conflicts = run.some(({ i, n }) => isAnchor(matches[i][0], matches[i][1]) && matches[i][0].question !== `Q${n}`);
    if (!agrees || conflicts) continue;
    for (const { i, n } of run) {
      if (signed[i] || kinds[i].kind !== 'sub') continue;
      kinds[i] = { kind: 'question', question: `Q${n}` };
      taken.add(`Q${n}`);
    }
  }
  inOrder(headings, lines, kinds, matches, signed, model.questions.length, taken, declared);
  headings.forEach((h, i) => {
    // A part about money answers the question that asks about money ("Ekonomi" for "Hur ska
    // insatserna finansieras?"); in a round that does not ask, it answers none.
    if (kinds[i].kind !== 'sub' || signed[i] || !isUnansweredSection(h.text)) return;
    const asked = matches[i][0];
    if (unansweredKind(h.text) === 'economy' && asked?.distinctive && !taken.has(asked.question)) {
      kinds[i] = { kind: 'question', question: asked.question };
      taken.add(asked.question);
    } else kinds[i] = { kind: 'unanswered' };
  });
  let current: string | null = null;
  headings.forEach((_h, i) => {
    const k = kinds[i];
    if (k.kind === 'question') {
      current = k.question;
      return;
    }
    if (k.kind === 'unanswered') {
      current = null;
      return;
    }
    // A heading that fits the section it is in much better than any open question continues it.
    const here = matches[i].find((m) => m.question === current);
    const [best, second] = matches[i].filter((m) => !taken.has(m.question));
    if (best && isOpenMatch(best, second, here)) {
      kinds[i] = { kind: 'question', question: best.question };
      taken.add(best.question);
      current = best.question;
    }
  });
  byElimination(headings, kinds, matches, signed, model.questions.length, taken);
  lastSibling(headings, kinds, matches, model.questions.length, taken);
  siblingsBefore(headings, kinds, matches, taken);
  topicsBefore(headings, lines, kinds, matches, signed, taken);
  return kinds;
}

/**
 * Topical headings before the first one whose words name its question, none read yet, below the
 * answer's first prose (its letterhead, title and date lines above it answer nothing), and as many
 * as the questions before that one: they take those questions in order, unless one's words clearly
 * name another ("Administration av anställningar", "Serviceförvaltningens bidrag", then
 * "Samordningsansvar" for question 3).
 */
function topicsBefore(headings: HeadingBlock[], lines: Line[], kinds: Kind[], matches: QuestionMatch[][], signed: boolean[], taken: Set<string>): void {
  const placed = kinds.findIndex((k) => k.kind === 'question');
  if (placed < 1) return;
  const n = Number((kinds[placed] as { question: string }).question.slice(1));
  const left = Array.from({ length: n - 1 }, (_, k) => `Q${k + 1}`);
  if (left.length === 0 || left.some((q) => taken.has(q))) return;
  let prose = -1;
  for (let k = headings[0].start; k < headings[placed].start && prose < 0; k++) if (!lines[k].heading && isProseLike(lines[k].text)) prose = k;
  if (prose < 0) return;
  const open = headings.map((_h, i) => i).filter((i) => i < placed && headings[i].start > prose && !signed[i] && couldAnswer(headings[i]));
  if (open.length !== left.length || open.some((i) => kinds[i].kind !== 'sub')) return;
  if (open.some((i, k) => matches[i][0] && matches[i][0].question !== left[k] && isAnchor(matches[i][0], matches[i][1]))) return;
  open.forEach((i, k) => {
    kinds[i] = { kind: 'question', question: left[k] };
    taken.add(left[k]);
  });
}

/**
 * Sibling chapters before one that answers a question ("2.1 Övergripande", "2.2 Fritiden som
 * arena …" before "2.3 Ekonomi och resurser", which answers question 3), none of them read yet and
 * as many as the questions below that one left open: they take those questions in order, the
 * chapters' order being the questions' — unless one's words clearly name another question.
 */
function siblingsBefore(headings: HeadingBlock[], kinds: Kind[], matches: QuestionMatch[][], taken: Set<string>): void {
  for (const members of siblingGroups(headings)) {
    const placed = members.findIndex((i) => kinds[i].kind === 'question');
    if (placed < 1 || members.slice(0, placed).some((i) => kinds[i].kind !== 'sub')) continue;
    const open = members.slice(0, placed);
    const below = Number((kinds[members[placed]] as { question: string }).question.slice(1));
    const left = Array.from({ length: below - 1 }, (_, k) => `Q${k + 1}`).filter((q) => !taken.has(q));
    if (left.length !== open.length) continue;
    if (open.some((i, k) => matches[i][0] && matches[i][0].question !== left[k] && isAnchor(matches[i][0], matches[i][1]))) continue;
    open.forEach((i, k) => {
      kinds[i] = { kind: 'question', question: left[k] };
      taken.add(left[k]);
    });
  }
}

/**
 * Chapters numbered as siblings ("2.1" … "2.4" under "2 Svar på remissfrågorna"), as many as the
 * round's questions, all but one of which answer distinct questions: the one left answers the
 * question left, unless its words clearly name another ("2.4 Samordningsansvar" after 2.1–2.3 have
 * taken questions 2, 1 and 3).
 */
function lastSibling(headings: HeadingBlock[], kinds: Kind[], matches: QuestionMatch[][], count: number, taken: Set<string>): void {
  for (const members of siblingGroups(headings)) {
    if (members.length !== count) continue;
    const open = members.filter((i) => kinds[i].kind === 'sub');
    const answered = new Set(members.flatMap((i) => (kinds[i].kind === 'question' ? [(kinds[i] as { question: string }).question] : [])));
    if (open.length !== 1 || answered.size !== count - 1) continue;
    const left = Array.from({ length: count }, (_, k) => `Q${k + 1}`).filter((q) => !answered.has(q));
    if (left.length !== 1 || taken.has(left[0])) continue;
    const [best, second] = matches[open[0]];
    if (best && best.question !== left[0] && isAnchor(best, second)) continue;
    kinds[open[0]] = { kind: 'question', question: left[0] };
    taken.add(left[0]);
  }
}

/** A chapter's number of two levels or more ("2.4 Samordningsansvar"): its parent is all but the last part. */
const SIBLING_NUMBER = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+\p{Lu}/u;

/** The headings numbered as chapters of one parent ("2.1" … "2.4"), by heading index, in order. */
function siblingGroups(headings: HeadingBlock[]): number[][] {
  const groups = new Map<string, number[]>();
  headings.forEach((h, i) => {
    const m = SIBLING_NUMBER.exec(h.text);
    if (!m) return;
    const parent = m[1].split('.').slice(0, -1).join('.');
    groups.set(parent, [...(groups.get(parent) ?? []), i]);
  });
  return [...groups.values()];
}

/**
 * Whether a heading could answer a question at all: not the matter's title, a part that answers
 * nothing, a date or a diary line (a signature is told apart by the caller).
 */
function couldAnswer(h: HeadingBlock): boolean {
  return !isMatterTitle(h.text) && !isUnansweredSection(h.text) && nextKind(h.text) !== 'dated' && !DIARY_NUMBER.test(h.text);
}

/**
 * A heading left unread between two questions' headings, where one question is left between them
 * and it is the one the heading's words come nearest of those not yet answered ("Vem ska hålla i
 * det?" between the headings of questions 2 and 4; a first heading above question 2's; "Samordning"
 * after "Samverkan", which took question 3, at the end of the answer): that question's, by its place.
 */
function byElimination(headings: HeadingBlock[], kinds: Kind[], matches: QuestionMatch[][], signed: boolean[], count: number, taken: Set<string>): void {
  const number = (k: Kind): number | undefined => (k.kind === 'question' ? Number(k.question.slice(1)) : undefined);
  headings.forEach((h, i) => {
    if (kinds[i].kind !== 'sub' || signed[i] || !couldAnswer(h)) return;
    let before = 0;
    for (let k = i - 1; k >= 0 && before === 0; k--) before = number(kinds[k]) ?? (kinds[k].kind === 'unanswered' ? -1 : 0);
    let after = 0;
    for (let k = i + 1; k < headings.length && after === 0; k++) after = number(kinds[k]) ?? (kinds[k].kind === 'unanswered' ? -1 : 0);
    // Only beside a heading that names its question: without one, the answer's parts are read in order.
    if (before <= 0 && after <= 0) return;
    // The answer's first part: nothing above it; its last: nothing below it but the end.
    const low = before > 0 ? before : before === 0 ? 0 : undefined;
    const high = after > 0 ? after : after === 0 ? count + 1 : undefined;
    if (low === undefined || high === undefined || high - low !== 2) return;
    const question = `Q${low + 1}`;
    const best = matches[i].find((m) => !taken.has(m.question));
    if (taken.has(question) || !best || best.question !== question || best.score <= 0) return;
    kinds[i] = { kind: 'question', question };
    taken.add(question);
  });
}
