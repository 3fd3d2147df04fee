/** The reviewed list: [what opencc-js writes, what it should be]. See phrase-corrections.js. */
export declare const phraseCorrections: ReadonlyArray<readonly [wrong: string, right: string]>;
/** Text converted by opencc-js, with the reviewed corrections applied; the length is kept. */
export declare function correctPhrases(converted: string): string;
