import { describe, expect, it } from 'vitest';
import { encodedFile } from './files.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('encodedFile', () => {
  it('compresses a small chunk of the app, which was sent whole under 1 KB', async () => {
    // A 0.3 KB chunk as the build writes them (the credits list of a published page).
    const chunk = 'import{C as e}from"./main-BgXcsfKS.js";function t({source:t,words:n,credits:r,textLang:i}){return e(`dl`,{class:`summary-list credits`,children:[e(`div`,{children:[e(`dt`,{children:n.source}),e(`dd`,{lang:i,children:t})]}),r.map(t=>e(`div`,{children:[e(`dt`,{children:n.steps[t.step]??t.label}),e(`dd`,{children:t.name})]},t.step))]})}export{t};';
    const file = await encodedFile('/assets/C092QRcg.js', bytes(chunk));
    expect(file.encoded.br!.length).toBeLessThan(chunk.length * 0.75);
    expect(file.encoded.gzip!.length).toBeLessThan(chunk.length * 0.8);
  });

  it('sends a file whole when compressing it would save less than the header it needs', async () => {
    const file = await encodedFile('/assets/a.js', bytes('export{a};'));
    expect(file.encoded).toEqual({});
  });

  it('never compresses what is compressed already', async () => {
    const file = await encodedFile('/icons/icon-192.png', bytes('a'.repeat(4000)));
    expect(file.encoded).toEqual({});
  });
});
