import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import {
  accessLogLines, belgianDateTime, labelOf, valueText, type ExportContent,
} from './export-content.js';
import { exportTexts } from './export-texts.js';

const require = createRequire(import.meta.url);

/**
 * DejaVu Sans, shipped in an npm package and embedded in every file: Latin with every accent,
 * Greek and Cyrillic. Hebrew and Arabic come out unjoined and left to right, and Chinese,
 * Japanese, Korean and Ge'ez have no glyphs: the HTML export is the readable one for those.
 */
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

/** Large text for readers with low vision, as in the portal. */
const SIZE = { title: 22, heading: 17, text: 13 } as const;

/** The export as a PDF: the same content as the HTML, on A4 pages. */
export function exportPdf(content: ExportContent): Promise<Buffer> {
  const texts = exportTexts(content.locale);
  const { json } = content;
  const name = `${json.person.givenNames} ${json.person.familyName}`;
  const doc = new PDFDocument({
    size: 'A4', margin: 56, info: { Title: `${texts.title} — ${name}`, Author: 'DOTS' },
    lang: content.locale === 'en' ? 'en' : 'nl-BE',
  });
  doc.registerFont('text', FONT).registerFont('bold', FONT_BOLD);

  const done = collect(doc);
  doc.font('bold').fontSize(SIZE.title).text(name);
  doc.font('text').fontSize(SIZE.text).moveDown(0.5)
    .text(json.audience === 'own' ? texts.intro : texts.accessRequestIntro)
    .moveDown(0.5)
    .text(`${texts.organisation}: ${json.tenant.name}`)
    .text(`${texts.generatedAt}: ${belgianDateTime(json.generatedAt)}`);

  for (const section of content.sections) writeSection(doc, content, section);
  writeAccessLog(doc, content);
  doc.end();
  return done;
}

function writeSection(
  doc: PDFKit.PDFDocument,
  content: ExportContent,
  section: ExportContent['sections'][number],
): void {
  const texts = exportTexts(content.locale);
  heading(doc, labelOf(section, content.locale));
  if (!section.records.length) doc.font('text').fontSize(SIZE.text).text(texts.noData);

  for (const record of section.records) {
    const title = content.locale === 'en' ? record.titleEn : record.titleNl;
    if (title) doc.font('bold').fontSize(SIZE.text).moveDown(0.4).text(title);
    for (const entry of record.entries) {
      doc.font('bold').fontSize(SIZE.text).text(`${labelOf(entry, content.locale)}: `, {
        continued: true,
      });
      doc.font('text').text(valueText(entry, texts));
    }
  }
}

function writeAccessLog(doc: PDFKit.PDFDocument, content: ExportContent): void {
  const texts = exportTexts(content.locale);
  const lines = accessLogLines(content);
  heading(doc, texts.accessLog);
  doc.font('text').fontSize(SIZE.text)
    .text(lines.length ? texts.accessLogIntro : texts.accessLogEmpty);

  for (const line of lines) doc.text(`${line.when} — ${line.who} — ${line.what}`);
  if (content.json.accessLog.more) doc.moveDown(0.4).text(texts.accessLogMore);
}

function heading(doc: PDFKit.PDFDocument, text: string): void {
  doc.moveDown(1).font('bold').fontSize(SIZE.heading).text(text).moveDown(0.3);
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
