/**
 * A matrix of answers set in columns by spaces alone, as `pdftotext -layout` renders a word
 * processor's table: its header (wrapped), a row of a body the registry knows, and a row whose
 * name is hyphenated over two lines. Read as text (test/normalize/matrix.test.ts) and from a PDF
 * page (test/read/pdf-table-layout.test.ts), the same rows must come out.
 */
export const SPACED_MATRIX = [
  'Instans             Fråga 1 – Synen på          Fråga 2 – Vem bör',
  '                    förslaget                   samordna?',
  '',
  'Kulturnämnden       Positiv. Vill att           Anser att servicenämnden',
  '                    biblioteken ingår.          bör samordna arbetet.',
  '',
  'Hyresgäst-          Behöver lokaler för         ”Vi förordar MKB.”',
  'föreningen Syd      läxhjälp och möten.',
];
