import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * Security headers on every answer (helmet), with a content security policy that lets the page
 * run only our own scripts: the files of the built app, and the one inline script that
 * `nuxt generate` writes into the app shell, allowed by its hash, read from the shell at start.
 * Nothing may be loaded from another site, and no other site may frame DOTS.
 */
export function securityHeaders(webRoot: string): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...inlineScriptHashes(webRoot)],
        // Vue sets style attributes (the width of a bar, a hidden panel).
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // Would break every file of a DOTS served over plain HTTP on an office network.
        upgradeInsecureRequests: null,
      },
    },
    // The app is served over plain HTTP on a developer's machine; HSTS is the proxy's to send.
    strictTransportSecurity: false,
  });
}

/** `'sha256-…'` of each executable inline script of the app shell (JSON blocks do not run). */
export function inlineScriptHashes(webRoot: string): string[] {
  const shell = path.join(webRoot, '200.html');
  if (!fs.existsSync(shell)) return [];

  const html = fs.readFileSync(shell, 'utf8');
  const hashes: string[] = [];
  for (const [, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bsrc=/.test(attributes!) || /type="application\/json"/.test(attributes!)) continue;
    const digest = crypto.createHash('sha256').update(body!, 'utf8').digest('base64');
    hashes.push(`'sha256-${digest}'`);
  }
  return hashes;
}
