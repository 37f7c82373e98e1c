/**
 * The Swedish structure words of data/lexicon/structure.json, folded into sets and patterns once.
 * Code asks what a word does ("can it end a heading?"); the words themselves are data.
 */
import { loadData } from '../data.js';
import { fold } from './fold.js';
import { escapeRegex } from './ocr.js';

interface StructureFile {
  dangling: string[];
  suspendedBefore: string[];
  titleIntro: string[];
  answerTitle: { documents: string[]; views: string[]; from: string[]; labels: string[]; ownStatements: string[]; arrivalNotes: string[]; meetingNoteOpeners: string[]; meetingNotes: string[] };
  clauseBreaks: string[];
  coordinatedClause: { conjunctions: string[]; notVerbs: string[]; presentTenseEndings: string[] };
  speakerAdverbs: string[];
  agencyHeads: string[];
  possessive: { pronouns: string[]; own: string[] };
  articles: string[];
  placeholderQuestion: string;
  unknownRespondent: string;
  continuationMarks: string[];
  documentKinds: string[];
  suspendedPlurals: Record<string, string>;
  suspendedJoins: string[];
  distributiveJoins: string[];
  topicPrepositions: string[];
}

export interface Structure {
  /** Lower-case (not folded) words that cannot end a heading. */
  dangling: Set<string>;
  suspendedBefore: Set<string>;
  /** Folded adverbs between a body and its verb. */
  speakerAdverbs: Set<string>;
  /** Folded heads of an authority's name its short name drops ("polismyndigheten" → "polisen"). */
  agencyHeads: string[];
  /** Folded possessive pronouns of the respondent, and the words that may stand before their noun. */
  possessive: { pronouns: Set<string>; own: Set<string> };
  articles: Set<string>;
  /** Source of an alternation of the title's introducing words (as written, case-insensitive use). */
  titleIntro: string;
  answerTitle: { documents: string; views: string; from: string; labels: string; ownStatements: string; arrivalNotes: string; meetingNoteOpeners: string; meetingNotes: string };
  clauseBreaks: string;
  /** ", och MKB medverkar …": a main clause of its own (folded conjunctions and present-tense endings). */
  coordinatedClause: { conjunctions: Set<string>; notVerbs: Set<string>; presentTenseEndings: string[] };
  /** "Remissfråga {n}": a question known only by its number. */
  placeholderQuestion: string;
  /** The name of a respondent with neither heading nor file name. */
  unknownRespondent: string;
  /** Folded marks of a page that continues a letter ("– forts."). */
  continuationMarks: string[];
  /** Source of an alternation of the words a document's own title opens with ("protokollsutdrag"), written and folded. */
  documentKinds: string;
  /** Folded plural endings of bodies named together ("namnderna"), each with its folded singular ("namnden"). */
  suspendedPlurals: Map<string, string>;
  /** Folded words between the halves of such a pair with the plural ("och"), and those that share out a singular too ("respektive"). */
  suspendedJoins: string[];
  distributiveJoins: string[];
  /** Folded prepositions after which a body word makes a heading a topic, not a name ("konsekvenser for bolaget"). */
  topicPrepositions: Set<string>;
}

let structure: Structure | undefined;

const alt = (words: string[]): string => words.map((w) => escapeRegex(w.normalize('NFC')).replace(/\s+/g, '\\s+')).join('|');
const altFolded = (words: string[]): string => alt(words.map(fold));

export function loadStructure(): Structure {
  if (structure) return structure;
  const f = loadData<StructureFile>('lexicon/structure.json');
  structure = {
    dangling: new Set(f.dangling.map((w) => w.toLowerCase())),
    suspendedBefore: new Set(f.suspendedBefore.map((w) => w.toLowerCase())),
    speakerAdverbs: new Set(f.speakerAdverbs.map(fold)),
    agencyHeads: f.agencyHeads.map(fold),
    possessive: { pronouns: new Set(f.possessive.pronouns.map(fold)), own: new Set(f.possessive.own.map(fold)) },
    articles: new Set(f.articles.map((w) => w.toLowerCase())),
    titleIntro: alt(f.titleIntro),
    answerTitle: {
      // Written and folded forms both, for OCR text that lost its diacritics ("fran").
      documents: alt([...f.answerTitle.documents, ...f.answerTitle.documents.map(fold)]),
      views: alt([...f.answerTitle.views, ...f.answerTitle.views.map(fold)]),
      from: alt([...f.answerTitle.from, ...f.answerTitle.from.map(fold)]),
      labels: alt([...f.answerTitle.labels, ...f.answerTitle.labels.map(fold)]),
      ownStatements: alt([...f.answerTitle.ownStatements, ...f.answerTitle.ownStatements.map(fold)]),
      arrivalNotes: alt([...f.answerTitle.arrivalNotes, ...f.answerTitle.arrivalNotes.map(fold)]),
      meetingNoteOpeners: alt(f.answerTitle.meetingNoteOpeners),
      meetingNotes: alt([...f.answerTitle.meetingNotes, ...f.answerTitle.meetingNotes.map(fold)]),
    },
    clauseBreaks: altFolded(f.clauseBreaks),
    coordinatedClause: { conjunctions: new Set(f.coordinatedClause.conjunctions.map(fold)), notVerbs: new Set(f.coordinatedClause.notVerbs.map(fold)), presentTenseEndings: [...new Set(f.coordinatedClause.presentTenseEndings.map(fold))] },
    placeholderQuestion: f.placeholderQuestion,
    unknownRespondent: f.unknownRespondent,
    continuationMarks: f.continuationMarks.map(fold),
    documentKinds: alt([...f.documentKinds, ...f.documentKinds.map(fold)]),
    suspendedPlurals: new Map(Object.entries(f.suspendedPlurals).map(([plural, singular]) => [fold(plural), fold(singular)])),
    suspendedJoins: f.suspendedJoins.map(fold),
    distributiveJoins: f.distributiveJoins.map(fold),
    topicPrepositions: new Set(f.topicPrepositions.map(fold)),
  };
  return structure;
}
