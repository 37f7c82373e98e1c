import { defineConfig } from 'vitest/config';
import { narrowLiterals } from './scripts/narrow-literals.mjs';
import { narrowClasses } from './src/normalize/letters.ts';

export default defineConfig({
  plugins: [
    {
      // The tests run the code as it is built: the regex literals of src/ with their letter
      // classes narrowed, as scripts/postbuild.mjs does in dist/ (src/normalize/letters.ts).
      name: 'remiss-narrow-letter-classes',
      enforce: 'post',
      transform(code, id) {
        if (!id.includes('/src/') || id.includes('/node_modules/')) return null;
        const narrowed = narrowLiterals(code, narrowClasses, id.replace(/\?.*$/, '').replace(/\.ts$/, '.js'));
        return narrowed === code ? null : { code: narrowed, map: null };
      },
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // PDF parsing and browser tests are heavy; two cores.
    maxWorkers: 2,
  },
});
