import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Request } from 'express';
import busboy from 'busboy';
import { DotsError, ValidationError } from '@dots/core';

export interface ReceivedFile {
  /** The name the uploader's device gave, cleaned; never part of a path. */
  fileName: string;
  size: number;
}

/** Room for the multipart boundaries and part headers around the file itself. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * Reads one `multipart/form-data` request with exactly one part, a file named `file`, into
 * `target` (a new file). Refuses, naming `file`: another content type (415), a file over
 * `maxBytes` (413), no file, a second part or a text field (400). On a refusal `target` may be
 * left partly written: the caller removes it.
 */
export async function receiveUpload(
  req: Request,
  target: string,
  maxBytes: number,
): Promise<ReceivedFile> {
  if (!req.is('multipart/form-data')) throw notMultipart();
  if (Number(req.headers['content-length'] ?? 0) > maxBytes + ENVELOPE_BYTES) {
    throw tooLarge(maxBytes);
  }

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers, defParamCharset: 'utf8',
      // busboy stops at its limit, also when the file is exactly that long: one byte more
      // tells a file of exactly `maxBytes` from a longer one.
      limits: { fileSize: maxBytes + 1, files: 1, fields: 0 },
    });
  } catch {
    throw badForm('the form has no boundary');
  }
  return readForm(req, parser, target, maxBytes);
}

function readForm(
  req: Request,
  parser: busboy.Busboy,
  target: string,
  maxBytes: number,
): Promise<ReceivedFile> {
  return new Promise((resolve, reject) => {
    let refusal: DotsError | undefined;
    let written: Promise<ReceivedFile> | undefined;
    const refuse = (error: DotsError) => {
      refusal ??= error;
    };

    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || written) {
        refuse(badForm(`send one file, in a part named file (not ${JSON.stringify(name)})`));
        stream.resume();
        return;
      }
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
      });
      stream.on('limit', () => refuse(tooLarge(maxBytes)));
      written = pipeline(stream, fs.createWriteStream(target, { flags: 'wx' }))
        .then(() => ({ fileName: cleanFileName(info.filename), size }));
      // Settled when the form closes; until then a failed write must not go unhandled.
      written.catch(() => undefined);
    });
    parser.on('field', () => refuse(badForm('send the file alone, without text fields')));
    parser.on('filesLimit', () => refuse(badForm('send one file only')));
    parser.on('fieldsLimit', () => refuse(badForm('send the file alone, without text fields')));
    parser.on('error', () => refuse(badForm('the form is not well-formed')));
    req.on('aborted', () => {
      refuse(badForm('the upload was broken off'));
      parser.destroy();
    });

    // Answers only once the file is closed, so the caller's clean-up never races a write.
    parser.on('close', () => {
      const file = written ?? Promise.resolve(undefined);
      file.then((received) => {
        if (refusal || !received) reject(refusal ?? badForm('send a file, in a part named file'));
        else resolve(received);
      }, (error) => reject(refusal ?? error));
    });
    req.pipe(parser);
  });
}

/** The base name only (old browsers send a whole path), without control characters. */
export function cleanFileName(raw: string | undefined): string {
  // Browsers write a quote in a form's file name as %22 (the HTML form encoding).
  const base = (raw ?? '').replace(/%22/g, '"').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return [...clean].slice(0, 200).join('') || 'bijlage';
}

function notMultipart(): DotsError {
  return new DotsError(415, 'unsupported_media_type',
    'Send the file as multipart/form-data, in a part named file.',
    [{ field: 'file', message: 'must be sent as multipart/form-data' }]);
}

function tooLarge(maxBytes: number): DotsError {
  const megabytes = Math.round(maxBytes / 1024 / 1024);
  return new DotsError(413, 'too_large', `The file is larger than ${megabytes} MB.`,
    [{ field: 'file', message: `must be at most ${megabytes} MB` }]);
}

function badForm(message: string): ValidationError {
  return ValidationError.field('file', message);
}
