// natural ships no types for its deep modules; we import only these (never the package root:
// it is slow and its dotenv prints to stdout).
declare module 'natural/lib/natural/stemmers/porter_stemmer_sv.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
