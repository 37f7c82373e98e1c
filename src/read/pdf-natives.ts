/**
 * pdf.js's legacy build (the one that runs on Node 20) carries core-js, and core-js replaces
 * built-ins it judges wrong in this V8 with its own JavaScript: `Array.prototype.push` (V8
 * mishandles `push` on an array-like of length 2^32, which no program of ours makes),
 * `JSON.parse` (for the proposal of a reviver's source text, which nothing here uses) and
 * `Function.prototype.toString`. They stay replaced for the whole process: every `push` of the
 * analysis that follows the PDF went through a polyfill, about a tenth of a cold PDF run. The
 * engine's own functions are taken before pdf.js loads and put back after each step that loads
 * a part of it (the library, then its worker). The missing functions it adds (Promise.withResolvers,
 * Set methods, …) are left: pdf.js needs them, and nothing replaced stays.
 */
type Natives = ReadonlyArray<readonly [object, PropertyKey, PropertyDescriptor]>;

/** The built-ins core-js is known to replace, as the engine had them. */
export const GUARDED: ReadonlyArray<readonly [object, PropertyKey]> = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [Function.prototype, 'toString'],
];

/** The engine's own built-ins, taken once (the first call runs before pdf.js is imported). */
let natives: Natives | undefined;

export function keepNatives(): void {
  natives ??= GUARDED.flatMap(([o, k]) => {
    const d = Object.getOwnPropertyDescriptor(o, k);
    return d ? [[o, k, d] as const] : [];
  });
}

/** Puts back any of the kept built-ins that something replaced; returns how many were. */
export function restoreNatives(): number {
  let restored = 0;
  for (const [o, k, d] of natives ?? []) {
    const now = Object.getOwnPropertyDescriptor(o, k);
    if (now?.value === d.value && now?.get === d.get) continue;
    try {
      Object.defineProperty(o, k, d);
      restored++;
    } catch {
      // not configurable any more: the polyfill stays, which is slower but correct
    }
  }
  return restored;
}
