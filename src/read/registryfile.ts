/**
 * Registry files (--registry FILE): one organisation's bodies, as data/registries/*.json and as
 * `remiss registry init` writes them. Checked field by field, so a mistake names its place.
 */
import type { RegistryData } from '../model.js';
import { InputError } from '../errors.js';
import { decodeText } from './text.js';

export const REGISTRY_FORMAT = 'remiss-registry/1';

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

export function parseRegistryFile(bytes: Uint8Array, path: string): RegistryData {
  const { text } = decodeText(bytes, path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(path, `inget register: ogiltig JSON (${(e as Error).message})`);
  }
  const r = data as Partial<RegistryData>;
  if (!r || typeof r !== 'object' || Array.isArray(r) || !Array.isArray(r.bodies)) {
    throw new InputError(path, `inget register: väntade ett JSON-objekt med "bodies" (se remiss registry init)`);
  }
  if (r.organisation !== undefined && (typeof r.organisation !== 'object' || typeof r.organisation?.name !== 'string')) {
    throw new InputError(path, `registrets "organisation" ska vara {"name": "…", "names": […]}`);
  }
  const ids = new Set<string>();
  r.bodies.forEach((b, i) => {
    const where = `bodies[${i}]`;
    if (!b || typeof b !== 'object') throw new InputError(path, `${where}: ska vara ett objekt`);
    if (typeof b.id !== 'string' || b.id === '') throw new InputError(path, `${where}.id: saknas eller är inte en text`);
    if (ids.has(b.id)) throw new InputError(path, `${where}.id: "${b.id}" finns redan`);
    ids.add(b.id);
    if (!isStrings(b.names) || b.names.length === 0) throw new InputError(path, `${where}.names: ska vara en lista med minst ett namn`);
    for (const f of ['administrations', 'abbreviations'] as const) {
      if (b[f] !== undefined && !isStrings(b[f])) throw new InputError(path, `${where}.${f}: ska vara en lista med texter`);
    }
  });
  return {
    format: REGISTRY_FORMAT,
    ...(r.organisation ? { organisation: r.organisation } : {}),
    bodies: r.bodies.map((b) => ({ id: b.id, kind: typeof b.kind === 'string' ? b.kind : 'okänd', names: b.names, administrations: b.administrations ?? [], abbreviations: b.abbreviations ?? [] })),
  };
}
