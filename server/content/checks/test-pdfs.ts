/**
 * Small PDFs made in the tests, never shipped: pages of text (pdf-lib, a standard font), pages that are only a
 * picture (a scan's shape: one image filling the page), and PDFs written byte by byte for what pdf-lib cannot make.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PNG } from 'pngjs';

const A4: [number, number] = [595, 842];

/** A grey picture standing in for a scanned page (noise, so that it does not compress to nothing). */
function scanImage(): Uint8Array {
  const png = new PNG({ width: 120, height: 170 });
  for (let i = 0; i < png.data.length; i += 4) {
    const grey = (i * 7919) % 251;
    png.data[i] = png.data[i + 1] = png.data[i + 2] = grey;
    png.data[i + 3] = 255;
  }
  return PNG.sync.write(png);
}

/** A PDF of pages that are each `text` (a page of text), `scan` (only an image) or `blank`. */
export async function makePdf(pages: readonly ('text' | 'scan' | 'blank')[]): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const image = await document.embedPng(scanImage());
  for (const [index, kind] of pages.entries()) {
    const page = document.addPage(A4);
    if (kind === 'text') page.drawText(`Notice, page ${index + 1}: the text of the notice.`, { x: 50, y: 760, size: 14, font });
    if (kind === 'scan') page.drawImage(image, { x: 0, y: 0, width: A4[0], height: A4[1] });
  }
  return document.save();
}

/** A PDF written from its objects' bodies (numbered from 1, the first the catalogue), with a correct cross-reference table. */
export function rawPdf(objects: readonly string[], trailer = ''): Uint8Array {
  let text = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [index, body] of objects.entries()) {
    offsets.push(Buffer.byteLength(text, 'latin1'));
    text += `${index + 1} 0 obj\n${body}\nendobj\n`;
  }
  const xref = Buffer.byteLength(text, 'latin1');
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

const stream = (content: string) => `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;

/**
 * One page of Chinese in a font the PDF does not embed, encoded by one of Adobe's predefined CMaps (UniGB-UCS2-H),
 * as older Chinese office software writes: its text can be read only with pdf.js's CMap files.
 */
export function chinesePdfWithPredefinedCMap(): Uint8Array {
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream('BT /F1 24 Tf 72 700 Td <6B8B75BE4EBA805454084F1A> Tj ET'), // 残疾人联合会 in UCS-2
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ]);
}

/** A PDF that asks for a password to open (the standard security handler; no password opens it). */
export function passwordPdf(): Uint8Array {
  const filler = '<' + '28BF4E5E4E758A4164004E56FFFA0108'.repeat(2) + '>';
  return rawPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
      `<< /Filter /Standard /V 1 /R 2 /O ${filler} /U ${filler} /P -4 >>`,
    ],
    `/Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] `,
  );
}
