/**
 * The one rule that maps a heading inside an answer to a remissfråga, from the measures of
 * matchQuestions (src/segment/questions.ts). Two strengths of one rule, with one set of thresholds:
 *
 * - an anchor: the heading clearly is the question (most of both texts shared, well ahead of the
 *   next question) — taken wherever it stands;
 * - an open match: the heading is about a question this answer has not answered yet — it names a
 *   word only that question has, and explains enough of the heading (wholly: "Trygghetsvandringar";
 *   mostly, with a fairly specific word: "Den samordnande aktören"), clearly ahead of the next one.
 *
 * Every threshold is pinned by test/segment/heading-rule.test.ts, with labelled headings that must
 * and must not map.
 */
import type { QuestionMatch } from './questions.js';

export const HEADING_RULE = {
  anchor: { score: 0.42, headingCover: 0.5, questionCover: 0.3, margin: 0.08 },
  open: {
    /** Enough of both: most of the heading and a fair score. */
    headingCover: 0.45,
    score: 0.3,
    /** Or a score that is enough on its own. */
    alone: 0.35,
    /** Wholly the question's own words, and rare ones in the round. */
    wholly: { headingCover: 0.9, specificity: 0.45 },
    /** Mostly the question's words, with a fairly specific one. */
    mostly: { headingCover: 0.75, score: 0.2, specificity: 0.4 },
    /** Wholly words related to the question's ("Styrning" for "vem bör styra"), rare ones. */
    related: { headingCover: 0.6, specificity: 0.45 },
    /** Ahead of the next open question by this much score, or this much more of the heading. */
    margin: 0.05,
    coverMargin: 0.3,
  },
} as const;

/** Whether the best match is an anchor: the heading is this question, wherever it stands. */
export function isAnchor(best: QuestionMatch | undefined, second: QuestionMatch | undefined): boolean {
  const a = HEADING_RULE.anchor;
  return best !== undefined && best.score >= a.score && best.headingCover >= a.headingCover && best.questionCover >= a.questionCover && best.score - (second?.score ?? 0) >= a.margin;
}

/**
 * Whether the best of the questions not yet answered is this heading's: `here` is how well the
 * heading fits the question of the section it stands in — by twice the margin better than `best`,
 * the heading continues that section.
 */
export function isOpenMatch(best: QuestionMatch | undefined, second: QuestionMatch | undefined, here?: QuestionMatch): boolean {
  const o = HEADING_RULE.open;
  if (!best || !best.distinctive) return false;
  if (here !== undefined && here.score - best.score >= o.margin * 2 && here.headingCover >= best.headingCover) return false;
  const enough =
    (best.headingCover >= o.headingCover && best.score >= o.score) ||
    best.score >= o.alone ||
    (best.headingCover >= o.wholly.headingCover && best.specificity >= o.wholly.specificity) ||
    (best.headingCover >= o.mostly.headingCover && best.score >= o.mostly.score && best.specificity >= o.mostly.specificity) ||
    (best.headingCover >= o.related.headingCover && best.specificity >= o.related.specificity);
  const ahead = best.score - (second?.score ?? 0) >= o.margin || best.headingCover - (second?.headingCover ?? 0) >= o.coverMargin;
  return enough && ahead;
}
