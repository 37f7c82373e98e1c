/**
 * A starting registry from a round (`remiss registry init`): its respondents with guessed
 * abbreviations and their names as aliases, for an analyst to edit and give back with --registry.
 * Abbreviations follow how Swedish public bodies shorten their names: the initials of the words,
 * a compound's parts each counted ("Kulturnämnden" → KN, "Vård- och omsorgsnämnden" → VON), a
 * bracketed abbreviation after the name used as it is ("Lunds kommuns fastighets AB (LKF)").
 */
import type { RegistryData, Round } from '../model.js';
import { loadData } from '../data.js';
import { loadStructure } from '../normalize/structure.js';
import { foldWords } from '../normalize/fold.js';
import { kindFromName, loadRegistry } from '../segment/registry.js';


/** The word endings that count as a part of their own in an abbreviation ("-nämnden" → N). */
function bodyParts(): string[] {
  const lang = loadData<{ bodySuffixes: string[] }>('registry.json');
  return [...lang.bodySuffixes.map(foldWords)].sort((a, b) => b.length - a.length);
}

export function guessAbbreviation(name: string): string {
  const bracketed = /\(([\p{Lu}\p{N}-]{2,12})\)\s*$/u.exec(name);
  if (bracketed) return bracketed[1];
  const parts = bodyParts();
  // A name set in capitals ("TEKNISKA NÄMNDEN") is read as words, not as acronyms.
  const written = name === name.toUpperCase() ? name.toLowerCase() : name;
  let out = '';
  for (const word of written.replace(/\([^)]*\)/gu, ' ').split(/[\s-]+/u).filter(Boolean)) {
    const f = foldWords(word);
    // Small words ("och", "i", "för": the words that cannot end a heading) and company forms get no letter.
    if (f === '' || loadStructure().dangling.has(word.toLowerCase()) || /^ab$/u.test(f)) continue;
    if (/^\p{Lu}{2,5}$/u.test(word)) {
      out += word;
      continue;
    }
    const suffix = parts.find((p) => f.endsWith(p) && f.length > p.length + 1);
    out += word[0].toUpperCase() + (suffix ? suffix[0].toUpperCase() : '');
  }
  return out || name.slice(0, 3).toUpperCase();
}

/** The registry a round's respondents suggest, with the organisation its documents name. */
export function initRegistry(round: Round): RegistryData {
  const organisations = new Map<string, number>();
  for (const r of round.respondents) if (r.organisation) organisations.set(r.organisation, (organisations.get(r.organisation) ?? 0) + 1);
  const organisation = [...organisations].sort((a, b) => b[1] - a[1])[0]?.[0] ?? loadRegistry().organisation ?? undefined;
  const used = new Set<string>();
  const bodies = round.respondents
    .filter((r) => !organisation || !r.organisation || r.organisation === organisation)
    .map((r) => {
      const base = guessAbbreviation(r.name);
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}${n}`;
      used.add(id);
      const name = r.name.replace(/\s*\([^)]*\)\s*$/u, '').trim();
      const title = name === name.toUpperCase() ? name.toLowerCase().replace(/^\p{L}/u, (c) => c.toUpperCase()) : name;
      return { id, kind: r.kind ?? kindFromName(title) ?? 'okänd', names: [...new Set([title, r.name])], administrations: [], abbreviations: [id] };
    });
  return { format: 'remiss-registry/1', ...(organisation ? { organisation: { name: organisation, names: [organisation] } } : {}), bodies };
}
