import type { Response } from 'express';
import { inject, injectable } from 'inversify';
import { ValidationError, type RequestContext } from '@dots/core';
import type { FrameworkContent } from '../../common/framework-content.js';
import { CompetenceFramework, CompetenceFrameworkVersion } from '../entities/index.js';
import type {
  FrameworkExportQuery, FrameworkFileDocument,
} from '../routes/framework-io-schemas.js';
import { frameworkContent } from '../routes/framework-schemas.js';
import { withKeys } from './framework-content-keys.js';
import {
  FRAMEWORK_FILE_FORMAT, FRAMEWORK_FILE_FORMAT_VERSION,
} from './framework-file-format.js';
import { FrameworkService } from './framework-service.js';
import { frameworkWorkbook } from './framework-xlsx-write.js';

const CONTENT_TYPES = {
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * A framework version as a file (docs/competence-framework-format.md), with its source's
 * attribution and licence, so a framework from ESCO keeps its acknowledgement wherever the
 * file goes.
 */
@injectable()
export class FrameworkExport {
  @inject(FrameworkService) private readonly frameworks!: FrameworkService;

  async download(ctx: RequestContext, framework: CompetenceFramework,
    query: FrameworkExportQuery, res: Response): Promise<void> {
    const version = await this.versionOf(ctx, framework, query.version);
    const content = exportedContent(version.content);
    const document = frameworkDocument(framework, version.number, content);

    const bytes = query.format === 'json'
      ? Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8')
      : await frameworkWorkbook(document, content);

    // Express writes the RFC 6266 form: an ASCII fallback and the UTF-8 name as filename*.
    res.attachment(downloadName(framework.name, version.number, query.format));
    res.setHeader('Content-Type', CONTENT_TYPES[query.format]);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    res.status(200).send(bytes);
  }

  private async versionOf(ctx: RequestContext, framework: CompetenceFramework,
    number: number | undefined) {
    if (number === undefined) return this.frameworks.currentVersion(ctx, framework);
    const version = await ctx.em.findOne(CompetenceFrameworkVersion, {
      framework: framework.id, number,
    });
    if (!version) {
      throw ValidationError.field('version',
        `must be a version of this framework, 1 to ${framework.currentVersion}`);
    }
    return version;
  }
}

/**
 * The content as an import of it would store it: every item with its key, URI and description
 * (null or not), texts trimmed by the rules of `POST /frameworks`. The ready data is trimmed
 * when it is generated; trimming here is a safety net for content stored before that. Content
 * that no longer passes those rules is written as it is.
 */
function exportedContent(stored: FrameworkContent): FrameworkContent {
  const parsed = frameworkContent.safeParse(withKeys(stored));
  return withKeys(parsed.success ? parsed.data : stored);
}

/** The JSON document of a version (docs/competence-framework-format.md). */
export function frameworkDocument(framework: CompetenceFramework, version: number,
  content: FrameworkContent): FrameworkFileDocument {
  return {
    format: FRAMEWORK_FILE_FORMAT,
    formatVersion: FRAMEWORK_FILE_FORMAT_VERSION,
    name: framework.name,
    description: framework.description ?? null,
    language: framework.language,
    version,
    source: {
      ready: (framework.ready ?? null) as FrameworkFileDocument['source']['ready'],
      attribution: framework.attribution ?? null,
      licence: framework.licence ?? null,
    },
    content,
  };
}

/**
 * A file name any system can store: no path signs, quotes or control characters, at most 100
 * characters of the name; accents stay (they travel in filename*).
 */
export function downloadName(name: string, version: number, extension: string): string {
  const clean = name.normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\\/:*?"<>|]+/g, '-').replace(/\s+/g, ' ').trim();
  const short = [...clean].slice(0, 100).join('').trim() || 'kader';
  return `${short} v${version}.${extension}`;
}
