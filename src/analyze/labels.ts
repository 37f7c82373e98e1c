/**
 * Short labels for described-but-unnamed bodies, like those analysts print over a column:
 * "en teknisk nämnd med ett stadsutvecklings- och samhällsplaneringsuppdrag" → "Nämnd med
 * stadsutvecklingsuppdrag"; "en av kommunstyrelsen utsedd ansvarig nämnd" → "Nämnd (utsedd av KS)".
 */
import { fold } from '../normalize/fold.js';
import { loadCues } from '../extract/lexicon.js';
import { matchBody } from '../segment/registry.js';
import { loadStructure } from '../normalize/structure.js';


/** "stadsutvecklings- och samhällsplaneringsuppdrag" → "stadsutvecklingsuppdrag": the first conjunct with the shared head. */
function firstConjunct(phrase: string): string {
  const m = /^(\p{L}+)-\s+(?:och|eller)\s+(\p{L}+)/u.exec(phrase);
  if (!m) return phrase;
  // The shared head is what follows the last linking -s- of the second compound.
  const head = /^.*s(\p{L}{4,})$/u.exec(m[2])?.[1] ?? m[2];
  return `${m[1]}${head}${phrase.slice(m[0].length)}`;
}

export function genericLabel(generic: string): string {
  const heads = loadCues().genericHead;
  const words = generic.replace(/\s+/g, ' ').trim().split(' ');
  const headAt = words.findIndex((w) => heads.includes(fold(w).replace(/\/.*$/, '')));
  if (headAt < 0) return generic;
  const head = words[headAt];
  const articles = loadStructure().articles;
  const before = words.slice(0, headAt).filter((w) => !articles.has(w.toLowerCase()));
  const after = words.slice(headAt + 1);
  let label = head.charAt(0).toUpperCase() + head.slice(1);
  // A participle phrase before the head: "av kommunstyrelsen utsedd" → "(utsedd av KS)".
  const av = before.findIndex((w) => w.toLowerCase() === 'av');
  const participleAt = av < 0 ? -1 : before.findIndex((w, i) => i > av + 1 && /(?:dd|tt|ad|d|t)$/u.test(w));
  if (participleAt > 0) {
    const agent = before.slice(av + 1, participleAt).join(' ');
    const body = matchBody(agent);
    label += ` (${before[participleAt]} av ${body ? body.id : agent})`;
  }
  if (after[0] && /^(med|inom|utan)$/i.test(after[0])) {
    const rest = after.slice(1).filter((w, i) => !(i === 0 && articles.has(w.toLowerCase())));
    label += ` ${after[0]} ${firstConjunct(rest.join(' '))}`;
  }
  return label;
}
