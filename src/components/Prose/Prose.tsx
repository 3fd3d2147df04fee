/** HTML rendered from a content file's Markdown at build time: trusted, never user input. */
export function Prose({ html }: { html: string }) {
  if (!html) return null;
  return <div class="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
