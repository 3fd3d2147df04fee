/**
 * PDF attachments without a text layer: a scan is a picture of text, which a screen reader cannot read, magnifying
 * software cannot reflow and search cannot find (WCAG 2.2 success criterion 1.4.5 Images of Text, level AA, and
 * 1.1.1). Staff are asked for a text version: the document saved as PDF from the word processor, or the scan's text.
 * A PDF that will not open is refused too: the public would meet the same error.
 *
 * Read with pdf.js (`pdfjs-dist`, the legacy build that runs in Node), in this thread (Node has no worker for it)
 * and without a canvas (nothing is drawn): each page's text is extracted; a page with no text that paints an image
 * is a scanned page; a document with no text on any page is refused whatever it paints (a scan, or text turned into
 * outlines). A page with neither text nor image is blank, and allowed.
 */
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { checksText as t } from './text.ts';
import { excerpt, type Problem } from './problem.ts';

export interface Attachment {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/** What reading a PDF found: the pages with no text that paint an image, and whether any page has text. */
export type PdfReading =
  | { opened: true; pages: number; textPages: number; scannedPages: number[] }
  | { opened: false; reason: 'password' | 'broken' };

/** pdf.js's data files, read from the package on disk (its CMaps give the text of CJK fonts without their own map). */
const packageDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/**
 * pdf.js, loaded when the first PDF is checked (two to three seconds with the first file, once per process). In
 * Node it runs its worker's code in this thread, importing it from beside itself.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** Whether an attachment is a PDF: by its first bytes, or by its name or type when they say so. */
export function isPdf(file: Attachment): boolean {
  const head = new TextDecoder('latin1').decode(file.bytes.subarray(0, 1024));
  return head.includes('%PDF-') || /\.pdf$/i.test(file.name.trim()) || file.type.toLowerCase() === 'application/pdf';
}

/** Opens `bytes` with pdf.js and reads every page's text; never throws for a bad file. */
export async function readPdf(bytes: Uint8Array): Promise<PdfReading> {
  const { getDocument, OPS } = await loadPdfJs();
  const images = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat]);
  const task = getDocument({
    // pdf.js takes the buffer over: a copy leaves the caller's bytes (about to be stored) as they were. A plain
    // Uint8Array, not `bytes.slice()`: node-postgres reads bytea as a Buffer, whose slice is a Buffer (sharing its
    // memory), and pdf.js throws for a Buffer.
    data: new Uint8Array(bytes),
    cMapUrl: join(packageDir, 'cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: join(packageDir, 'standard_fonts/'),
    wasmUrl: join(packageDir, 'wasm/'),
    // No code from the file is run (CVE-2024-4367), no font is installed, nothing is fetched.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    let textPages = 0;
    const textless: number[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      if (content.items.some((item) => 'str' in item && item.str.trim() !== '')) textPages++;
      else textless.push(number);
      page.cleanup();
    }
    const scannedPages: number[] = [];
    // Telling a scanned page from a blank one decodes its images, so it is done only where it changes the answer.
    if (textPages > 0) {
      for (const number of textless) {
        const operators = await (await document.getPage(number)).getOperatorList();
        if (operators.fnArray.some((operator) => images.has(operator))) scannedPages.push(number);
      }
    }
    return { opened: true, pages: document.numPages, textPages, scannedPages };
  } catch (error) {
    return { opened: false, reason: (error as Error | undefined)?.name === 'PasswordException' ? 'password' : 'broken' };
  } finally {
    await task.destroy();
  }
}

/** The attachments that are PDFs without a text layer, or that will not open; `line` is the file's place. */
export async function checkPdfs(attachments: readonly Attachment[], field = 'attachments'): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const [index, file] of attachments.entries()) {
    if (!isPdf(file)) continue;
    const name = excerpt(file.name);
    const reading = await readPdf(file.bytes);
    const at = { field, line: index + 1, excerpt: name };
    if (!reading.opened) problems.push({ code: 'pdf-unreadable', ...at, message: t.pdf[reading.reason](name) });
    else if (reading.textPages === 0) problems.push({ code: 'pdf-no-text', ...at, message: t.pdf.noText(name) });
    else if (reading.scannedPages.length > 0) problems.push({ code: 'pdf-no-text', ...at, message: t.pdf.scannedPages(name, reading.scannedPages) });
  }
  return problems;
}
