/** The process dictionary a command uses: the shipped one with the --dictionary files merged over it. */
import type { Command } from 'commander';
import type { Dictionary } from '../tag/dictionary.js';
import { positiveInt } from './common.js';
import { hashBytes } from './cache.js';
import { readFileChecked } from './io.js';

export interface DictionaryFiles {
  files: Array<{ file: string; bytes: Uint8Array }>;
  /** What the files contribute to a cache key. */
  hash: string;
}

export async function readDictionaryFiles(paths: string[]): Promise<DictionaryFiles> {
  const files = await Promise.all(paths.map(async (file) => ({ file, bytes: await readFileChecked(file) })));
  return { files, hash: files.map((f) => hashBytes(f.bytes)).join(',') };
}

/** Parse and merge (imported only when a round must actually be tagged). */
export async function loadDictionary(d: DictionaryFiles): Promise<Dictionary> {
  const [{ mergeDictionaries, parseDictionary, shippedDictionary }, { decodeText }] = await Promise.all([
    import('../tag/dictionary.js'),
    import('../read/text.js'),
  ]);
  const overlays = d.files.map(({ file, bytes }) => ({ file, entries: parseDictionary(decodeText(bytes, file).text, file) }));
  return mergeDictionaries(shippedDictionary(), overlays);
}

/** The options of the commands that tag processes (xref, diff, report): the same words everywhere. */
export function addProcessOptions(cmd: Command): void {
  cmd.option('--min-respondents <n>', 'en process är delad när minst N remissinstanser nämner den', positiveInt('--min-respondents'), 2);
  cmd.option('--dictionary <file>', 'egna processer (JSON i formatet för data/processes.json), läggs över de medföljande; kan upprepas', collect);
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
