import type { Request } from 'express';
import busboy from 'busboy';
import { DotsError, ValidationError } from '@dots/core';

export interface FrameworkUpload {
  bytes: Buffer;
  /** The framework the file becomes the next version of; absent for a new framework. */
  frameworkId: string | undefined;
}

/** A framework file is text or a small workbook: ESCO's 105 skills take some 40 kB as XLSX. */
export const FRAMEWORK_FILE_MAX_BYTES = 2 * 1024 * 1024;

/** Room for the multipart boundaries, part headers and the frameworkId field. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * Reads a `multipart/form-data` request with a file named `file` and at most a text field
 * `frameworkId`, into memory (the file is small and is read whole anyway), the way the dossier
 * plugin's upload-receiver.ts reads its uploads. Refuses, naming the field: another content
 * type (415), a file over the limit (413), no file, another part or a second file (400).
 */
export function receiveFrameworkUpload(req: Request): Promise<FrameworkUpload> {
  if (!req.is('multipart/form-data')) throw notMultipart();
  if (Number(req.headers['content-length'] ?? 0) > FRAMEWORK_FILE_MAX_BYTES + ENVELOPE_BYTES) {
    throw tooLarge();
  }

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers, defParamCharset: 'utf8',
      // One byte over the limit tells a file of exactly the limit from a longer one.
      limits: { fileSize: FRAMEWORK_FILE_MAX_BYTES + 1, files: 1, fields: 1, fieldSize: 200 },
    });
  } catch {
    throw badForm('file', 'the form has no boundary');
  }
  return readForm(req, parser);
}

function readForm(req: Request, parser: busboy.Busboy): Promise<FrameworkUpload> {
  return new Promise((resolve, reject) => {
    let refusal: DotsError | undefined;
    const chunks: Buffer[] = [];
    let file = false;
    let frameworkId: string | undefined;
    const refuse = (error: DotsError) => {
      refusal ??= error;
    };

    parser.on('file', (name, stream) => {
      if (name !== 'file') {
        refuse(badForm('file', `send the file in a part named file (not ${JSON.stringify(name)})`));
        stream.resume();
        return;
      }
      file = true;
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => refuse(tooLarge()));
    });
    parser.on('field', (name, value, info) => {
      if (name !== 'frameworkId') {
        refuse(badForm(name, 'is not a field you can set here'));
      } else if (info.valueTruncated) {
        refuse(badForm('frameworkId', 'is not a framework here'));
      } else {
        frameworkId = value.trim();
      }
    });
    parser.on('filesLimit', () => refuse(badForm('file', 'send one file only')));
    parser.on('fieldsLimit', () => refuse(badForm('file', 'send the file with frameworkId only')));
    parser.on('error', () => refuse(badForm('file', 'the form is not well-formed')));
    req.on('aborted', () => {
      refuse(badForm('file', 'the upload was broken off'));
      parser.destroy();
    });

    parser.on('close', () => {
      if (refusal) reject(refusal);
      else if (!file) reject(badForm('file', 'send a file, in a part named file'));
      else resolve({ bytes: Buffer.concat(chunks), frameworkId });
    });
    req.pipe(parser);
  });
}

function notMultipart(): DotsError {
  return new DotsError(415, 'unsupported_media_type',
    'Send the file as multipart/form-data, in a part named file.',
    [{ field: 'file', message: 'must be sent as multipart/form-data' }]);
}

function tooLarge(): DotsError {
  const megabytes = FRAMEWORK_FILE_MAX_BYTES / 1024 / 1024;
  return new DotsError(413, 'too_large', `The file is larger than ${megabytes} MB.`,
    [{ field: 'file', message: `must be at most ${megabytes} MB` }]);
}

function badForm(field: string, message: string): ValidationError {
  return ValidationError.field(field, message);
}
