/**
 * The cue lexicon of tabulate (data/lexicon/coordination.json), compiled to matchers on folded
 * text in the one phrase syntax of remiss (src/tag/pattern.ts: whole words, "word*" for any
 * ending — verbs by stem —, "…" for up to six words, OCR readings for long words and for
 * OCR-read text). Each lexicon object is compiled once per mode (clean / OCR) and memoised.
 */
import { loadData } from '../data.js';
import { fold } from '../normalize/fold.js';
import { AFTER, BEFORE, foldedRegExp, phrasePattern, type FoldedRegExp } from '../tag/pattern.js';
import { letterRegExp } from '../normalize/letters.js';

export interface CueSet {
  /** All matches in a folded text, as [start, end) offsets. */
  find(folded: string): Array<{ start: number; end: number; phrase: string }>;
  test(folded: string): boolean;
  readonly phrases: string[];
}

/** One phrase as a regular expression source on folded text (no capturing groups). */
export function phraseSource(phrase: string, ocr = false): string {
  return phrasePattern(phrase, { ocr, capture: false }).source;
}

/**
 * All phrases of a set in one regular expression (one pass over a sentence, not one per phrase);
 * each phrase is a capturing group, so a match still says which phrase it was. The expression is
 * built on first use (formatting a table needs only the labels), once, on the small alphabet of
 * src/tag/pattern.ts (foldedRegExp), and serves both find and test.
 */
export function cueSet(phrases: string[], ocr = false): CueSet {
  let compiled: FoldedRegExp | undefined;
  const regex = (): FoldedRegExp => {
    if (!compiled) {
      const alternatives = phrases.map((p) => `(${phraseSource(p, ocr)})`).join('|');
      compiled = foldedRegExp(`${BEFORE}(?:${alternatives || '(?!)'})${AFTER}`, 'gu');
    }
    return compiled;
  };
  return {
    phrases,
    find(folded) {
      const { re, text } = regex();
      const s = text(folded);
      const out: Array<{ start: number; end: number; phrase: string }> = [];
      // Overlapping matches of different phrases matter ("bör få" inside "bör få den"): after a
      // match, search again from the next character.
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s)) !== null) {
        const group = m.findIndex((g, i) => i > 0 && g !== undefined);
        out.push({ start: m.index, end: m.index + m[0].length, phrase: phrases[group - 1] });
        re.lastIndex = m.index + 1;
      }
      return out.sort((a, b) => a.start - b.start || b.end - a.end);
    },
    test(folded) {
      const { re, text } = regex();
      re.lastIndex = 0;
      return re.test(text(folded));
    },
  };
}

export interface LexiconFile {
  questionRole: string[];
  questionWho: string[];
  proposal: string[];
  strongProposal: string[];
  modal: string[];
  roleVerb: string[];
  roleNoun: string[];
  willing: string[];
  endorse: string[];
  endorsedThing: string[];
  reporter: string[];
  decision: string[];
  rank: string[];
  ellipticLead?: string[];
  ellipticTail?: string[];
  ellipticOtherwise?: string[];
  roleWord: string[];
  decline: string[];
  declineToName: string[];
  negation: string[];
  negationNot: string[];
  negationAlone?: string[];
  negationBut: string[];
  condition: string[];
  conditionalOpener: string[];
  followUpCondition: string[];
  regardless?: string[];
  roleAs?: string[];
  ratherThan?: string[];
  selfCorrection?: string[];
  matrixRole?: string[];
  matrixOther?: string[];
  notAdopted?: string[];
  abandonedView?: string[];
  interimFirst?: string[];
  interimThen?: string[];
  leftOver?: string[];
  supporting: string[];
  joint: string[];
  optional: string[];
  alternative: string[];
  example: string[];
  preference: string[];
  hypothetical: string[];
  justification: string[];
  speech: string[];
  source: string[];
  role: string[];
  roleFiller: string[];
  genericHead: string[];
  genericNot: string[];
  /** Reason openers that open a reason only after a comma (', då det …', ', givet nämndens …'). */
  justificationAfterComma?: string[];
  genericArticle: string[];
  genericNotModifier: string[];
  genericContinues: string[];
  genericButFollows: string[];
  genericStop: string[];
  anaphora: string[];
  anaphoraOne: string[];
  verdictFirst: string[];
  verdictSecond: string[];
  verdictNo: string[];
  pluralBody: string[];
  whoever: string[];
  minority: string[];
  passiveRole: string[];
  roleAnaphora: string[];
  directProposal: string[];
  collectiveBody: string[];
  mainClauseVerb: string[];
  mainClauseSubject: string[];
  contrast: string[];
  sharedLead: string[];
  objectPreposition: string[];
  reflexive: string[];
  relativePronoun?: string[];
  subordinator?: string[];
  accompanying: string[];
  otherwise: string[];
  considered: string[];
  stanceFrame: string[];
  correction?: string[];
  amendment?: string[];
  listJoiners?: string[];
  placing?: string[];
  roleTask?: string[];
  aidedBy?: string[];
  aboutPreposition?: string[];
  workSubject?: string[];
  reasonOpener?: string[];
  apposition?: string[];
  agreementQuestion?: string[];
  yesWord?: string[];
  noWord?: string[];
  judgementOpener?: string[];
  purposeOpener?: string[];
  genericResolver?: string[];
  sharedRole?: string[];
  reflexiveSelf?: string[];
  anaphoraFirst?: string[];
  secondRank?: string[];
  notAlone?: string[];
  concession?: string[];
  excess?: string[];
  scopeSplit?: string[];
  ownDocumentSays?: string[];
  speakerAuxiliary?: string[];
  speakerPlace?: string[];
  sharedView?: string[];
  othersWho?: string[];
  statusQuo?: string[];
  documentSays?: string[];
  reporterPlace?: string[];
  wholeAnswer?: string[];
  groupMembers?: string[];
  sharesRole?: string[];
  participleRole?: string[];
  personalView?: string[];
  anaphoraLast?: string[];
  wishFrame?: string[];
  instead?: string[];
  otherCase?: string[];
  partnerPlural?: string[];
  readiness?: string[];
  hypotheticalModal?: string[];
  conditionJoiners?: string[];
  participation?: string[];
  reportsTo?: string[];
  decider?: string[];
  consequenceRole?: string[];
  unitNoun?: string[];
  impersonalReport?: string[];
  earlierAnswer?: string[];
  pastProposal?: string[];
  keepsEarlier?: string[];
  labels: Record<string, string>;
}

type CueKey =
  | 'roleAnaphora' | 'questionRole' | 'questionWho' | 'proposal' | 'strongProposal' | 'willing' | 'endorse' | 'endorsedThing' | 'reporter'
  | 'decision' | 'rank' | 'roleWord' | 'decline' | 'declineToName' | 'negation' | 'negationNot' | 'negationBut' | 'condition'
  | 'conditionalOpener' | 'followUpCondition' | 'supporting' | 'joint' | 'optional' | 'alternative' | 'example' | 'preference'
  | 'hypothetical' | 'justification' | 'role' | 'anaphora' | 'anaphoraOne' | 'verdictFirst' | 'verdictSecond' | 'verdictNo' | 'pluralBody' | 'whoever' | 'minority' | 'passiveRole' | 'directProposal' | 'roleNoun' | 'collectiveBody' | 'contrast' | 'sharedLead' | 'accompanying' | 'otherwise' | 'considered' | 'stanceFrame' | 'correction' | 'amendment' | 'placing' | 'roleTask' | 'aidedBy' | 'aboutPreposition' | 'workSubject' | 'reasonOpener' | 'apposition' | 'agreementQuestion' | 'yesWord' | 'noWord' | 'judgementOpener' | 'purposeOpener' | 'genericResolver' | 'sharedRole' | 'reflexiveSelf' | 'anaphoraFirst' | 'anaphoraLast' | 'secondRank' | 'notAlone' | 'concession' | 'excess' | 'scopeSplit' | 'ownDocumentSays' | 'speakerAuxiliary' | 'speakerPlace' | 'sharedView' | 'othersWho' | 'statusQuo' | 'documentSays' | 'reporterPlace' | 'wholeAnswer' | 'groupMembers' | 'sharesRole' | 'participleRole' | 'personalView' | 'wishFrame' | 'instead' | 'otherCase'
  | 'participation' | 'reportsTo' | 'decider' | 'consequenceRole' | 'unitNoun' | 'impersonalReport' | 'earlierAnswer' | 'pastProposal' | 'keepsEarlier' | 'ellipticLead' | 'ellipticTail' | 'ellipticOtherwise' | 'negationAlone' | 'regardless' | 'roleAs' | 'ratherThan' | 'selfCorrection' | 'matrixRole' | 'matrixOther' | 'notAdopted' | 'abandonedView' | 'interimFirst' | 'interimThen' | 'leftOver';

const CUE_KEYS: CueKey[] = [
  'roleAnaphora', 'questionRole', 'questionWho', 'proposal', 'strongProposal', 'willing', 'endorse', 'endorsedThing', 'reporter', 'decision', 'rank',
  'roleWord', 'decline', 'declineToName', 'negation', 'negationNot', 'negationBut', 'condition', 'conditionalOpener', 'followUpCondition',
  'supporting', 'joint', 'optional', 'alternative', 'example', 'preference', 'hypothetical', 'justification', 'role', 'anaphora', 'anaphoraOne', 'verdictFirst', 'verdictSecond', 'verdictNo',
  'pluralBody', 'whoever', 'minority', 'passiveRole', 'directProposal', 'roleNoun', 'collectiveBody', 'contrast', 'sharedLead', 'accompanying', 'otherwise', 'considered', 'stanceFrame', 'correction', 'amendment', 'placing', 'roleTask', 'aidedBy', 'aboutPreposition', 'workSubject', 'reasonOpener', 'apposition', 'agreementQuestion', 'yesWord', 'noWord', 'judgementOpener', 'purposeOpener', 'genericResolver', 'sharedRole', 'reflexiveSelf', 'anaphoraFirst', 'anaphoraLast', 'secondRank', 'notAlone', 'concession', 'excess', 'scopeSplit', 'ownDocumentSays', 'speakerAuxiliary', 'speakerPlace', 'sharedView', 'othersWho', 'statusQuo', 'documentSays', 'reporterPlace', 'wholeAnswer', 'groupMembers', 'sharesRole', 'participleRole', 'personalView', 'wishFrame', 'instead', 'otherCase',
  'participation', 'reportsTo', 'decider', 'consequenceRole', 'unitNoun', 'impersonalReport', 'earlierAnswer', 'pastProposal', 'keepsEarlier', 'ellipticLead', 'ellipticTail', 'ellipticOtherwise', 'negationAlone', 'regardless', 'roleAs', 'ratherThan', 'selfCorrection', 'matrixRole', 'matrixOther', 'notAdopted', 'abandonedView', 'interimFirst', 'interimThen', 'leftOver',
];

export type Cues = Record<CueKey, CueSet> & {
  /** Whether the text was read by OCR (the cues then take every OCR reading). */
  ocr: boolean;
  /** A modal followed by a role verb: "bör få", "ska även i fortsättningen ligga kvar hos", "kan åta sig". */
  rolePredicate: CueSet;
  /** A main clause's finite verb before its subject ("… är nämnden"), ending a fronted clause written without a comma. */
  invertedMain: RegExp;
  /** A main clause's verb, a subject of up to three words whatever it is called, then readiness ("… är Hamnbolaget Syd berett att"). */
  invertedReady: RegExp;
  /** Whether a folded word is a speech verb. */
  speech: { test(word: string): boolean };
  /** Words before a body that make it the source of a view ('enligt'). */
  source: { test(word: string): boolean };
  /** Prepositions before a body that make it the role's object or counterpart ('gentemot'). */
  objectPreposition: { test(word: string): boolean };
  /** The same prepositions found in a clause (whether any stands there at all). */
  objectPrepositionIn: CueSet;
  /** The one-word modals ('bör', 'ska'): the main verb after a subject such as 'den som får rollen'. */
  modalWord: { test(word: string): boolean };
  roleVerbWord: { test(word: string): boolean };
  /** A verb of a main clause ("är", "bör", "anser"), one word. */
  mainClauseVerbWord: { test(word: string): boolean };
  /** The subject after an inverted main verb ("förordar nämnden", "föreslår vi"), one word. */
  mainClauseSubjectWord: { test(word: string): boolean };
  /** A word joining the items of a plain list ("och", "eller"), one word. */
  listJoiner: { test(word: string): boolean };
  /** A verb of a supposed case ("skulle", "vore"): with "om" after "och"/"men" it opens a condition. */
  hypotheticalModal: { test(word: string): boolean };
  /** A word after which such an "om" may stand ("och", "men"). */
  conditionJoiner: { test(word: string): boolean };
  /** Reflexive pronouns between a verb of saying and its inverted subject ('ansluter sig X till'). */
  reflexive: { test(word: string): boolean };
  /** The relative pronoun ('som'): what follows it describes the body before it. */
  relativePronoun: { test(word: string): boolean };
  /** A relative clause set off by a comma (", som inte har …"), to the next stop; global. */
  relativeAside: RegExp;
  /** One to three words, then the relative pronoun: a name that a relative clause describes ("LKF som en aktiv part"); sticky. */
  describedName: RegExp;
  /** The conjunction that opens what a verb of saying says ('att'). */
  subordinator: { test(word: string): boolean };
  roleFiller: Set<string>;
  genericHead: string[];
  /** The heads as written, for OCR-tolerant patterns. */
  genericHeadWritten: string[];
  partnerPlural: string[];
  genericNot: Set<string>;
  justificationAfterComma: Set<string>;
  /** The articles that open a description ('en', 'ett'), as a pattern source. */
  genericArticleSource: string;
  genericArticle: { test(word: string): boolean };
  /** Words that never stand between the article and the head ('och', 'bör'). */
  genericNotModifier: { test(word: string): boolean };
  genericContinues: { test(word: string): boolean };
  genericButFollows: { test(word: string): boolean };
  genericStop: { test(word: string): boolean };
  /** Right after a description's head, a word that goes on describing it ('med', 'som', 'utan' but not 'utan hos'); sticky. */
  genericContinuation: RegExp;
  /** Where a description ends: a clause stop or a verb of the sentence not right after a relative pronoun; global. */
  genericEnd: RegExp;
  labels: Record<string, string>;
};

/** The Swedish labels of the table alone, without compiling the cues (formatting needs only these). */
export function loadLabels(): Record<string, string> {
  return loadData<LexiconFile>('lexicon/coordination.json').labels;
}

/** A set of single words (or stems with "*") matched whole on folded text. */
function wordSet(words: string[], ocr: boolean): { test(word: string): boolean } {
  let compiled: FoldedRegExp | undefined;
  return {
    test(word) {
      compiled ??= foldedRegExp(`^(?:${words.map((w) => phraseSource(w, ocr)).join('|')})$`, 'u');
      return compiled.re.test(compiled.text(word));
    },
  };
}

/** Modal, then up to six words, then a role verb: one matcher whose phrase is the pair. */
function rolePredicate(modals: string[], verbs: string[], ocr: boolean): CueSet {
  let compiled: FoldedRegExp | undefined;
  const regex = (): FoldedRegExp => {
    if (!compiled) {
      const m = modals.map((x) => phraseSource(x, ocr)).join('|');
      const v = verbs.map((x) => phraseSource(x, ocr)).join('|');
      // An aside set off by commas may stand between ("bör, som i dag, skötas av X").
      compiled = foldedRegExp(`${BEFORE}(?:${m}),?\\s+(?:[\\p{L}\\p{N}:-]+,?\\s+){0,6}?(?:${v})${AFTER}`, 'gu');
    }
    return compiled;
  };
  return {
    phrases: ['modal … roleVerb'],
    find(folded) {
      const { re, text } = regex();
      const s = text(folded);
      const out: Array<{ start: number; end: number; phrase: string }> = [];
      re.lastIndex = 0;
      let x: RegExpExecArray | null;
      while ((x = re.exec(s)) !== null) {
        out.push({ start: x.index, end: x.index + x[0].length, phrase: 'modal … roleVerb' });
        re.lastIndex = x.index + 1;
      }
      return out;
    },
    test(folded) {
      const { re, text } = regex();
      re.lastIndex = 0;
      return re.test(text(folded));
    },
  };
}

/** "få … <roll>" once per role noun: "få … ansvar*", "få … roll*", … */
function expandRole(verbs: string[], nouns: string[]): string[] {
  return verbs.flatMap((v) => (v.includes('<roll>') ? nouns.map((n) => v.replace('<roll>', n)) : [v]));
}

/** Compiled lexicons, once per lexicon object and mode. */
const memo = new WeakMap<LexiconFile, { clean?: Cues; ocr?: Cues }>();

/** Compile a lexicon (memoised by the object: each lexicon is compiled once per mode). */
/** The most words of a subject's name after a fronted clause's verb ("är tekniska nämnden"). */
export const MAX_SUBJECT_NAME_WORDS = 3;

export function compileCues(f: LexiconFile, ocr = false): Cues {
  let entry = memo.get(f);
  if (!entry) memo.set(f, (entry = {}));
  const mode = ocr ? 'ocr' : 'clean';
  const hit = entry[mode];
  if (hit) return hit;
  const sets = Object.fromEntries(CUE_KEYS.map((k) => [k, cueSet(f[k] ?? [], ocr)])) as Record<CueKey, CueSet>;
  let invertedMain: RegExp | undefined;
  let invertedReady: RegExp | undefined;
  let relativeAside: RegExp | undefined;
  let describedName: RegExp | undefined;
  let genericContinuation: RegExp | undefined;
  let genericEnd: RegExp | undefined;
  /** A word list as one alternation of pattern sources without OCR readings (never empty: '(?!)' matches nothing). */
  const clean = (list: string[]): string => list.map((w) => phraseSource(w, false)).join('|') || '(?!)';
  const relative = (): string => (f.relativePronoun ?? []).map((w) => phraseSource(w, ocr)).join('|') || '(?!)';
  const cues: Cues = {
    ...sets,
    ocr,
    rolePredicate: rolePredicate(f.modal, expandRole(f.roleVerb, f.roleNoun), ocr),
    // Built on first use, like the cue sets: a table's labels need none of them.
    get invertedMain(): RegExp {
      invertedMain ??= letterRegExp(
        // The subject may be a name of a few words ending in one ("är tekniska nämnden"), not
        // a verb, a pronoun or a phrase before it ("är det för grundskolenämnden": "det" is the
        // subject; "anser att fritidsnämnden" is no inversion).
        `\\s(?:${f.mainClauseVerb.map((v) => phraseSource(v, ocr)).join('|')})\\s+(?:(?!(?:${f.mainClauseVerb.map((v) => phraseSource(v, ocr)).join('|')}|att|som|och|eller|inte|det|den|detta|denna|for|av|i|pa|till|med|om|enligt)\\s)[\\p{L}-]+\\s+){0,${MAX_SUBJECT_NAME_WORDS - 1}}?[\\p{L}]*(?:${f.mainClauseSubject.map((v) => phraseSource(v, ocr)).join('|')})(?![\\p{L}\\p{N}])`,
        'u',
      );
      return invertedMain;
    },
    get invertedReady(): RegExp {
      if (!invertedReady) {
        // The verb nearest the subject: no other main verb among the subject's words ("… vill är MKB redo att").
        const verbs = f.mainClauseVerb.map((v) => phraseSource(v, ocr)).join('|');
        const ready = (f.readiness ?? []).map((v) => phraseSource(v, ocr)).join('|') || '(?!)';
        invertedReady = letterRegExp(`\\s(?:${verbs})\\s+(?:(?!(?:${verbs})\\s)[\\p{L}\\p{N}:-]+\\s+){1,3}?(?:${ready})\\s+att(?![\\p{L}\\p{N}])`, 'u');
      }
      return invertedReady;
    },
    get relativeAside(): RegExp {
      relativeAside ??= letterRegExp(`,\\s*(?:${relative()})\\s[^,.;:!?]*`, 'gu');
      return relativeAside;
    },
    get describedName(): RegExp {
      describedName ??= letterRegExp(`(?:\\s+[\\p{L}\\p{N}:-]+){1,3}?\\s+(?:${relative()})\\s`, 'uy');
      return describedName;
    },
    relativePronoun: wordSet(f.relativePronoun ?? [], ocr),
    subordinator: wordSet(f.subordinator ?? [], ocr),
    speech: wordSet(f.speech, ocr),
    source: wordSet(f.source, ocr),
    objectPreposition: wordSet(f.objectPreposition ?? [], ocr),
    objectPrepositionIn: cueSet(f.objectPreposition ?? [], ocr),
    reflexive: wordSet(f.reflexive ?? [], ocr),
    modalWord: wordSet(f.modal.filter((m) => !/\s/u.test(m)), ocr),
    // The first word of each role verb ("samordna", "vara", "ta"): a role said right after "att".
    roleVerbWord: wordSet([...new Set(f.roleVerb.map((v) => v.split(/\s+/u)[0]))], ocr),
    mainClauseVerbWord: wordSet(f.mainClauseVerb, ocr),
    mainClauseSubjectWord: wordSet(f.mainClauseSubject, ocr),
    listJoiner: wordSet(f.listJoiners ?? [], ocr),
    hypotheticalModal: wordSet(f.hypotheticalModal ?? [], ocr),
    conditionJoiner: wordSet(f.conditionJoiners ?? [], ocr),
    roleFiller: new Set(f.roleFiller.map(fold)),
    genericHead: f.genericHead.map(fold),
    genericHeadWritten: f.genericHead,
    partnerPlural: f.partnerPlural ?? [],
    genericNot: new Set(f.genericNot.map(fold)),
    justificationAfterComma: new Set((f.justificationAfterComma ?? []).map(fold)),
    // The words around a description are short function words, read as written also in OCR'd
    // text: their OCR readings are other such words ("får" read "for" is "för").
    genericArticleSource: clean(f.genericArticle),
    genericArticle: wordSet(f.genericArticle, false),
    genericNotModifier: wordSet(f.genericNotModifier, false),
    genericContinues: wordSet(f.genericContinues, false),
    genericButFollows: wordSet(f.genericButFollows, false),
    genericStop: wordSet(f.genericStop, false),
    get genericContinuation(): RegExp {
      genericContinuation ??= letterRegExp(
        `\\s+(?:${clean(f.genericContinues)}|(?:${clean(f.negationBut)})(?!\\s+(?:${clean(f.genericButFollows)})(?![\\p{L}])))(?![\\p{L}])`,
        'uy',
      );
      return genericContinuation;
    },
    get genericEnd(): RegExp {
      genericEnd ??= letterRegExp(`[,.;:!?]|\\s(?<!(?:${clean(f.relativePronoun ?? [])})\\s)(?:${clean(f.genericStop)})(?![\\p{L}])`, 'gu');
      return genericEnd;
    },
    labels: f.labels,
  };
  entry[mode] = cues;
  return cues;
}

/** The shipped cues, for clean text or for OCR-read text. */
export function loadCues(ocr = false): Cues {
  return compileCues(loadData<LexiconFile>('lexicon/coordination.json'), ocr);
}
