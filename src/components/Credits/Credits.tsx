import { useMessages } from '../../i18n/index.ts';

/** Who took one review step of a published item: `step` is its key in site.contentReview, `label` its Chinese name. */
export interface Credit {
  step: string;
  label: string;
  name: string;
}

/**
 * The line the source document's own pages end with: 来源 (who issued it) and who wrote, proofread and reviewed it
 * (撰稿, 校对, 一审, 二审, 三审), in step order. Only items staff published through the review steps have one; a
 * step the interface text does not name keeps the label configured for it.
 */
export function Credits({ source, credits, textLang }: { source: string; credits: readonly Credit[]; textLang?: string }) {
  const t = useMessages();
  const steps: Record<string, string> = t.credits.steps;
  return (
    <dl class="summary-list credits">
      <div><dt>{t.credits.source}</dt><dd lang={textLang}>{source}</dd></div>
      {credits.map((credit) => (
        <div key={credit.step}><dt>{steps[credit.step] ?? credit.label}</dt><dd>{credit.name}</dd></div>
      ))}
    </dl>
  );
}
