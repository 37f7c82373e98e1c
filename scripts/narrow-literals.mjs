// The regex literals of compiled code with their letter classes narrowed (src/normalize/letters.ts:
// why, and what a letter is). Patterns made at run time go through letterRegExp; the literals
// written in the code are narrowed here, the same way: by scripts/postbuild.mjs in dist/ (and so
// in the one-file build made from it), and by vitest.config.ts in the code the tests run.
import { parseAst } from 'rolldown/parseAst';

/** Every node of an ESTree, depth first. */
function* nodes(node) {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) yield* nodes(n);
    return;
  }
  if (typeof node.type === 'string') yield node;
  for (const key of Object.keys(node)) if (key !== 'parent') yield* nodes(node[key]);
}

/**
 * JavaScript code with each regex literal that has a property class rewritten by
 * `narrowClasses` (a regex source → the narrowed source). Positions are the parser's UTF-16
 * offsets; nothing else in the code changes.
 */
export function narrowLiterals(code, narrowClasses, file = 'code.js') {
  if (!code.includes('\\p{') && !code.includes('\\P{')) return code;
  const ast = parseAst(code, { sourceType: 'module', lang: file.endsWith('.ts') ? 'ts' : 'js' }, file);
  const edits = [];
  for (const n of nodes(ast)) {
    if (n.type !== 'Literal' || !n.regex || !/\\[pP]\{/.test(n.regex.pattern)) continue;
    const narrowed = narrowClasses(n.regex.pattern, n.regex.flags);
    if (narrowed !== n.regex.pattern) edits.push({ start: n.start, end: n.end, text: `/${narrowed}/${n.regex.flags}` });
  }
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
