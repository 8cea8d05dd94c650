import type { Request } from 'express';
import { fileTypeFromBuffer } from 'file-type';
import { inject, injectable } from 'inversify';
import {
  DotsError, ValidationError, assertCleanInput, problemsOf, type RequestContext,
} from '@dots/core';
import type { FrameworkView } from '../../common/competence-view.js';
import type { FrameworkContent, FrameworkSource } from '../../common/framework-content.js';
import { CompetenceFramework } from '../entities/index.js';
import { readEscoData } from '../ready-frameworks/esco-framework.js';
import {
  frameworkFileDocument, type FrameworkFileDocument,
} from '../routes/framework-io-schemas.js';
import { withKeys } from './framework-content-keys.js';
import type { FilePlaces } from './framework-file-places.js';
import { FrameworkService } from './framework-service.js';
import { receiveFrameworkUpload } from './framework-upload.js';
import { readFrameworkWorkbook } from './framework-xlsx-read.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ESCO_URI = 'http://data.europa.eu/esco/';

/**
 * A framework from a JSON or XLSX file (docs/competence-framework-format.md): a new framework,
 * or, with `frameworkId`, new content for that framework, versioned as `PATCH /frameworks/:id`
 * versions it. The file's content passes the very validation of `POST /frameworks`.
 */
@injectable()
export class FrameworkImport {
  @inject(FrameworkService) private readonly frameworks!: FrameworkService;

  async importFile(ctx: RequestContext, req: Request): Promise<FrameworkView> {
    const upload = await receiveFrameworkUpload(req);
    const target = upload.frameworkId ? await targetOf(ctx, upload.frameworkId) : undefined;

    const kind = await kindOf(upload.bytes);
    const read = kind === 'xlsx'
      ? await readFrameworkWorkbook(upload.bytes)
      : { document: readJson(upload.bytes), places: undefined };
    const document = validated(read.document, read.places);
    const source = sourceOf(document);

    if (target) return this.intoFramework(ctx, target, document, source);
    return this.frameworks.createFrom(ctx, {
      name: document.name, description: document.description ?? '',
      language: document.language, source, content: withKeys(document.content),
    });
  }

  private async intoFramework(ctx: RequestContext, framework: CompetenceFramework,
    document: FrameworkFileDocument, source: FrameworkSource): Promise<FrameworkView> {
    if (document.language !== framework.language) {
      throw ValidationError.field('file', `is in language ${document.language}, the framework ` +
        `in ${framework.language}`);
    }

    // A file that names its source brings its attribution along; one that names none keeps
    // what the framework had.
    if (source.attribution !== null || source.ready !== null) {
      framework.ready = source.ready;
      framework.attribution = source.attribution;
      framework.licence = source.licence;
    }
    return this.frameworks.update(ctx, framework, {
      name: document.name, description: document.description, content: document.content,
    });
  }
}

async function targetOf(ctx: RequestContext, raw: string): Promise<CompetenceFramework> {
  // Ids are stored in lower case; a client may send capitals.
  const framework = await ctx.em.findOne(CompetenceFramework, { id: raw.toLowerCase() });
  if (!framework) throw ValidationError.field('frameworkId', 'is not a framework here');
  return framework;
}

/** The type the bytes say (never the file's name): an XLSX workbook, or JSON text. */
async function kindOf(bytes: Buffer): Promise<'json' | 'xlsx'> {
  const type = await fileTypeFromBuffer(bytes);
  if (type?.mime === XLSX_TYPE) return 'xlsx';
  if (!type && /^\s*\{/.test(textOf(bytes) ?? '')) return 'json';
  throw new DotsError(415, 'unsupported_media_type',
    'A framework is imported from a JSON or XLSX file.',
    [{ field: 'file', message: 'must be a JSON or XLSX framework file' }]);
}

/** UTF-8 text without its byte order mark, or undefined when the bytes are not UTF-8. */
function textOf(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

function readJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(textOf(bytes) ?? '');
  } catch {
    throw ValidationError.field('file', 'is not valid JSON');
  }
}

/**
 * The checks every JSON body gets (control characters), then the rules of `POST /frameworks`.
 * Each problem names `file`, and says where: the cell or row in a workbook, the field's path
 * in a JSON file.
 */
function validated(document: unknown, places: FilePlaces | undefined): FrameworkFileDocument {
  try {
    assertCleanInput(undefined, document);
  } catch (error) {
    if (error instanceof ValidationError) throw located(error, places);
    throw error;
  }
  const parsed = frameworkFileDocument.safeParse(document);
  if (!parsed.success) throw located(new ValidationError(problemsOf(parsed.error)), places);
  return parsed.data;
}

function located(error: ValidationError, places: FilePlaces | undefined): ValidationError {
  return new ValidationError((error.errors ?? []).map((problem) => ({
    field: 'file',
    message: `${places ? places.of(problem.field) : problem.field}: ${problem.message}`,
  })));
}

/**
 * The file's source. Content holding ESCO concepts keeps ESCO's acknowledgement, as its reuse
 * policy asks, also when someone left the attribution out of the file.
 */
function sourceOf(document: FrameworkFileDocument): FrameworkSource {
  const source: FrameworkSource = { ...document.source };
  if (source.attribution === null && holdsEsco(withKeys(document.content))) {
    const esco = readEscoData();
    source.attribution = esco.attribution;
    source.licence = esco.licence;
  }
  return source;
}

function holdsEsco(content: FrameworkContent): boolean {
  return content.groups.some((group) => group.uri?.startsWith(ESCO_URI)
    || group.competences.some((competence) => competence.uri?.startsWith(ESCO_URI)
      || competence.indicators.some((indicator) => indicator.uri?.startsWith(ESCO_URI))));
}
