/** Where a quote stands, in the words of data/lexicon/report.json: "Q4, s. 27, rad 965". */
import { fill, loadData } from '../data.js';

interface WhereLabels {
  page: string;
  line: string;
  unanswered: string;
}

export function whereLabels(): WhereLabels {
  return loadData<{ where: WhereLabels }>('lexicon/report.json').where;
}

/** "s. 27, rad 965" (page only for PDF input), with the question first when given. */
export function where(at: { page: number | null; line: number }, question?: string | null): string {
  const l = whereLabels();
  const parts: string[] = [];
  if (question !== undefined) parts.push(question ?? l.unanswered);
  if (at.page !== null) parts.push(fill(l.page, { page: at.page }));
  parts.push(fill(l.line, { line: at.line }));
  return parts.join(', ');
}

