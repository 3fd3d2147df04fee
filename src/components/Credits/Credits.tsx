/** Who took one review step of a published item: `step` is its key in site.contentReview, `label` its Chinese name. */
export interface Credit {
  step: string;
  label: string;
  name: string;
}

/**
 * The credits' words in the page's language: 来源 and each step's name by its key. The server gives them
 * (server/content/public-text.ts), as only its pages have credits: in the messages every page loads they cost the
 * pages that never show them (the request form and the report went over their budgets).
 */
export interface CreditWords {
  source: string;
  steps: Readonly<Record<string, string>>;
}

/** What a published page's credits line needs: its words and who took each step. */
export interface CreditsLine {
  words: CreditWords;
  credits: readonly Credit[];
}

/**
 * The line the source document's own pages end with: 来源 (who issued it) and who wrote, proofread and reviewed it
 * (撰稿, 校对, 一审, 二审, 三审), in step order. Only items staff published through the review steps have one; a
 * step the interface text does not name keeps the label configured for it.
 */
export function Credits({ source, words, credits, textLang }: CreditsLine & { source: string; textLang?: string }) {
  return (
    <dl class="summary-list credits">
      <div><dt>{words.source}</dt><dd lang={textLang}>{source}</dd></div>
      {credits.map((credit) => (
        <div key={credit.step}><dt>{words.steps[credit.step] ?? credit.label}</dt><dd>{credit.name}</dd></div>
      ))}
    </dl>
  );
}
