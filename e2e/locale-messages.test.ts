import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import {
  FIELD_TYPES, HIDEABLE_PERSON_FIELDS, PERSON_STATUSES, ROLES, TENANT_KINDS,
} from '../core/src/common/index.js';
import { ROOT } from './support/test-server.js';

type Messages = { [key: string]: string | Messages };

/** The app and every plugin layer: where its code and its locale files live. */
const SOURCES = [
  { name: 'web', dir: path.join(ROOT, 'web') },
  ...fs.readdirSync(path.join(ROOT, 'plugins'))
    .map((plugin) => ({ name: plugin, dir: path.join(ROOT, 'plugins', plugin, 'web') }))
    .filter((source) => fs.existsSync(path.join(source.dir, 'nuxt.config.ts'))),
];

function keysOf(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`));
}

/** `i18n/locales/<locale>.json`, or every file of the folder `i18n/locales/<locale>/`. */
function messagesOf(dir: string, locale: string): Messages {
  const folder = path.join(dir, 'i18n/locales', locale);
  if (!fs.existsSync(folder)) {
    return JSON.parse(fs.readFileSync(`${folder}.json`, 'utf8')) as Messages;
  }
  const parts = fs.readdirSync(folder).filter((name) => name.endsWith('.json')).sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as Messages);
  return parts.reduce((all, part) => mergeMessages(all, part), {});
}

/** Files of one locale share top-level keys; a key defined twice is a mistake, so it throws. */
function mergeMessages(into: Messages, from: Messages, prefix = ''): Messages {
  for (const [key, value] of Object.entries(from)) {
    const existing = into[key];
    if (existing === undefined) into[key] = value;
    else if (typeof existing === 'object' && typeof value === 'object') {
      mergeMessages(existing, value, `${prefix}${key}.`);
    } else throw new Error(`The message ${prefix}${key} is defined twice`);
  }
  return into;
}

function filesOf(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesOf(full);
    return /\.(vue|ts)$/.test(entry.name) ? [full] : [];
  });
}

/** Keys written out in the code: t('a.b'), te('a.b') and labelKey: 'a.b'. */
function literalKeysOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const key = String.raw`([a-zA-Z][\w-]*(?:\.[\w-]+)+)`;
  const pattern = new RegExp(String.raw`\b(?:t|te|\$t)\(\s*'${key}'|labelKey: '${key}'`, 'g');
  return [...text.matchAll(pattern)].map((match) => match[1] ?? match[2]!);
}

describe('Locale messages of the web app', () => {
  for (const source of SOURCES) {
    it(`should have the same keys in Dutch and English (${source.name})`, () => {
      const dutch = keysOf(messagesOf(source.dir, 'nl')).sort();
      const english = keysOf(messagesOf(source.dir, 'en')).sort();
      expect(english).to.deep.equal(dutch);
    });
  }

  it('should have a Dutch message for every key the code names', () => {
    const known = new Set(SOURCES.flatMap((source) => keysOf(messagesOf(source.dir, 'nl'))));
    const missing = SOURCES
      .flatMap((source) => filesOf(path.join(source.dir, 'app')))
      .flatMap((file) => literalKeysOf(file)
        .filter((key) => !known.has(key))
        .map((key) => `${path.relative(ROOT, file)}: ${key}`));
    expect(missing).to.deep.equal([]);
  });

  it('should name every status, role, kind, field type and standard field', () => {
    const known = new Set(keysOf(messagesOf(path.join(ROOT, 'web'), 'nl')));
    const wanted = [
      ...PERSON_STATUSES.map((status) => `statuses.${status}`),
      ...[...ROLES, 'platform-admin'].map((role) => `roles.${role}`),
      ...TENANT_KINDS.map((kind) => `platform.kinds.${kind}`),
      ...FIELD_TYPES.map((type) => `admin.fields.types.${type}`),
      ...HIDEABLE_PERSON_FIELDS.map((field) => `person.${field.replace(/Id$/, '')}`),
    ];
    expect(wanted.filter((key) => !known.has(key))).to.deep.equal([]);
  });
});
