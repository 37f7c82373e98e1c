/**
 * Loading a package of one input or output kind (PDF, OCR, Word, Excel) when a command first
 * needs it, so that a round of text files never loads pdf.js or ExcelJS.
 *
 * One place, because the one-file build of the program replaces this module
 * (scripts/bundle.mjs): V8 cannot run import() in code compiled from its code cache (the
 * host-defined options the import needs are not kept in the cache: nodejs/node#43663), so in the
 * one file the import is made by the loader that compiled it (src/boot.ts), an ES module itself.
 */
/** Each package as import() gives it (a CommonJS package's exports under `default`). */
interface Packages {
  docx: typeof import('docx');
  exceljs: { default: typeof import('exceljs') };
  jszip: { default: typeof import('jszip') };
  mammoth: { default: typeof import('mammoth') };
  'pdf-parse': typeof import('pdf-parse');
  'tesseract.js': typeof import('tesseract.js');
}

export type PackageName = keyof Packages;

export function loadPackage<K extends PackageName>(name: K): Promise<Packages[K]> {
  return import(name) as Promise<Packages[K]>;
}
