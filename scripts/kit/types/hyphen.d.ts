/** The `hyphen` package ships no types; this is the one call the kit makes on a pattern set. */
export interface HyphenLanguage {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number; exceptions?: string[] }): string;
}
