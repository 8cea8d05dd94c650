import { inject, injectable } from 'inversify';
import type { Response } from 'express';
import type { RequestContext } from '../http/request-context.js';
import type { Person } from '../entities/person.js';
import type { PersonDto } from '../../common/people.js';
import { todayInBrussels } from '../../common/dates.js';
import type { AccessLogDto, ExportFormat } from '../../common/portal.js';
import { PersonalDataCollector } from './personal-data-collector.js';
import type { ExportContent } from './export-content.js';
import { exportHtml } from './export-html.js';
import { exportPdf } from './export-pdf.js';

export interface ExportRequest {
  person: Person;
  /** The person as the caller reads it (the employee view for the employee). */
  personView: PersonDto;
  accessLog: AccessLogDto;
  audience: 'own' | 'access-request';
  format: ExportFormat;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
};

/**
 * Writes one export file: everything the caller may read about the person, as an attachment
 * with a dated name, and audits it. The file name holds no name of the person: a download
 * folder or a mail attachment should not tell whose data it is.
 */
@injectable()
export class PersonalDataExport {
  @inject(PersonalDataCollector) private readonly collector!: PersonalDataCollector;

  async send(ctx: RequestContext, res: Response, request: ExportRequest): Promise<void> {
    const content = await this.contentOf(ctx, request);
    const file = await render(content, request.format);

    ctx.audit({
      action: 'person.export', subjectType: 'person', subjectId: request.person.id,
      personId: request.person.id,
      details: { format: request.format, audience: request.audience },
    });
    await ctx.em.flush();

    const kind = request.audience === 'own' ? 'mijn-gegevens' : 'inzage';
    const name = `dots-${kind}-${todayInBrussels()}.${request.format}`;
    res.status(200)
      .set('content-type', CONTENT_TYPES[request.format])
      .set('content-disposition', `attachment; filename="${name}"`)
      .set('cache-control', 'no-store')
      .send(file);
  }

  private async contentOf(ctx: RequestContext, request: ExportRequest): Promise<ExportContent> {
    const sections = await this.collector.sectionsOf(ctx, request.person);
    return {
      locale: ctx.locale,
      sections,
      json: {
        audience: request.audience,
        generatedAt: new Date().toISOString(),
        tenant: { name: ctx.tenant?.name ?? '' },
        person: request.personView,
        sections: sections.map(({ section, labelNl, labelEn, data }) =>
          ({ section, labelNl, labelEn, data })),
        accessLog: request.accessLog,
      },
    };
  }
}

async function render(content: ExportContent, format: ExportFormat): Promise<Buffer | string> {
  if (format === 'pdf') return exportPdf(content);
  if (format === 'html') return exportHtml(content);
  return JSON.stringify(content.json, null, 2);
}
