import { useMode } from '../../modes/use-mode.ts';
import './Prose.css';

/**
 * HTML rendered from a content file's Markdown at build time: trusted, never user input. `pinyin` names the
 * content item (`guides/bus-pass`) whose body, in pinyin mode, is shown with pinyin over the characters.
 */
export function Prose({ html, pinyin }: { html: string; pinyin?: string }) {
  const ruby = useMode('pinyin', pinyin);
  if (!html) return null;
  return <div class="prose" dangerouslySetInnerHTML={{ __html: ruby?.html ?? html }} />;
}
