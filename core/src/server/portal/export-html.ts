import {
  accessLogLines, belgianDateTime, labelOf, valueText, type ExportContent,
} from './export-content.js';
import { exportTexts } from './export-texts.js';

/** Every character that could end a text or an attribute is written as an entity. */
function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Large text, high contrast, one column; printing keeps cards whole and drops nothing.
const STYLE = `
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 20px;
  line-height: 1.5; color: #111; background: #fff; margin: 0 auto; max-width: 46rem;
  padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.8rem; margin: 0 0 0.5rem; }
h2 { font-size: 1.4rem; margin: 0 0 0.5rem; }
h3 { font-size: 1.1rem; margin: 1rem 0 0.25rem; }
section { border: 2px solid #1f4e79; border-radius: 0.5rem; padding: 1rem; margin: 1.25rem 0;
  break-inside: avoid; }
dl { margin: 0; }
dt { font-weight: 700; margin-top: 0.5rem; }
dd { margin: 0 0 0.25rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.4rem; border-bottom: 1px solid #999; vertical-align: top; }
.meta { color: #333; }
@media print { body { font-size: 14pt; max-width: none; } section { border-color: #000; } }
`;

/** The export as one self-contained page: no script, no external asset, readable and printable. */
export function exportHtml(content: ExportContent): string {
  const texts = exportTexts(content.locale);
  const { json } = content;
  const name = `${json.person.givenNames} ${json.person.familyName}`;
  const intro = json.audience === 'own' ? texts.intro : texts.accessRequestIntro;

  return [
    '<!doctype html>',
    `<html lang="${content.locale === 'en' ? 'en' : 'nl-BE'}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(`${texts.title} — ${name}`)}</title>`,
    `<style>${STYLE}</style></head>`,
    '<body><main>',
    `<h1>${escape(name)}</h1>`,
    `<p>${escape(intro)}</p>`,
    `<p class="meta">${escape(texts.organisation)}: ${escape(json.tenant.name)}<br>`,
    `${escape(texts.generatedAt)}: ${escape(belgianDateTime(json.generatedAt))}</p>`,
    ...content.sections.map((section) => sectionHtml(content, section)),
    accessLogHtml(content),
    '</main></body></html>',
  ].join('\n');
}

function sectionHtml(content: ExportContent, section: ExportContent['sections'][number]) {
  const texts = exportTexts(content.locale);
  const records = section.records.map((record) => {
    const title = content.locale === 'en' ? record.titleEn : record.titleNl;
    const entries = record.entries.map((entry) =>
      `<dt>${escape(labelOf(entry, content.locale))}</dt>` +
      `<dd>${escape(valueText(entry, texts))}</dd>`).join('');
    return `${title ? `<h3>${escape(title)}</h3>` : ''}<dl>${entries}</dl>`;
  });
  const body = records.length ? records.join('\n') : `<p>${escape(texts.noData)}</p>`;
  return `<section><h2>${escape(labelOf(section, content.locale))}</h2>\n${body}</section>`;
}

function accessLogHtml(content: ExportContent): string {
  const texts = exportTexts(content.locale);
  const lines = accessLogLines(content);
  const rows = lines.map((line) =>
    `<tr><td>${escape(line.when)}</td><td>${escape(line.who)}</td>` +
    `<td>${escape(line.what)}</td></tr>`).join('\n');
  const table = lines.length
    ? `<table><thead><tr><th scope="col">${escape(texts.when)}</th>` +
      `<th scope="col">${escape(texts.who)}</th><th scope="col">${escape(texts.what)}</th>` +
      `</tr></thead><tbody>${rows}</tbody></table>`
    : `<p>${escape(texts.accessLogEmpty)}</p>`;
  const more = content.json.accessLog.more ? `<p>${escape(texts.accessLogMore)}</p>` : '';
  return `<section><h2>${escape(texts.accessLog)}</h2>\n` +
    `<p>${escape(texts.accessLogIntro)}</p>\n${table}${more}</section>`;
}
