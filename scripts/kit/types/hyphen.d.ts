/** The `hyphen` package ships no types; these are the two calls the kit uses. */
interface HyphenOptions {
  hyphenChar?: string;
  minWordLength?: number;
  exceptions?: string[];
}
interface HyphenLanguage {
  hyphenateSync(text: string, options?: HyphenOptions): string;
}
declare module 'hyphen/nl/index.js' {
  const language: HyphenLanguage;
  export default language;
}
declare module 'hyphen/en/index.js' {
  const language: HyphenLanguage;
  export default language;
}
