import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect } from 'chai';
import { TEST_PASSWORD, testDatabaseKind, type TestClient } from '@dots/core/testing';
import { ATTACHMENT_MAX_BYTES, DOSSIER_PATHS } from '../src/common/index.js';
import { DossierAttachment } from '../src/server/dossier-module.js';
import { demoPdf } from '../src/server/seeds/demo-pdf.js';
import {
  addPerson, expectStatus, fieldsOf, startDossierWorld, type DossierWorld,
} from './dossier-fixtures.js';
import { addConversation, PNG_BYTES, upload } from './conversation-fixtures.js';

const HTML = new TextEncoder().encode('<!doctype html><script>alert(1)</script>');

describe(`Dossier attachments (${testDatabaseKind()})`, () => {
  let world: DossierWorld;
  let staff: TestClient;
  let talkId: string;
  let folder: string;

  before(async () => {
    world = await startDossierWorld();
    staff = await world.north.client('staff');
    const personId = await addPerson(staff, 'Bijlage');
    talkId = (await addConversation(staff, personId)).id;
    folder = path.join(world.test.app.settings.dataDir, 'attachments', world.north.tenant.id);
  });
  after(async () => {
    await world?.test.close();
  });

  const storedFiles = () => (fs.existsSync(folder) ? fs.readdirSync(folder).sort() : []);
  const rowCount = () => world.test.emFor(world.north.tenant.id).count(DossierAttachment, {});

  it('should keep a PNG, its type read from the bytes, under its id', async () => {
    const answer = await upload(staff, talkId, PNG_BYTES, 'foto.jpg', { type: 'image/jpeg' });

    expect(answer.status, answer.text).to.equal(201);
    expect(answer.body).to.include({
      conversationId: talkId, fileName: 'foto.jpg', contentType: 'image/png',
      size: PNG_BYTES.length,
    });
    expect(storedFiles()).to.deep.equal([answer.body.id]);
    const talk = expectStatus(await staff.get(DOSSIER_PATHS.conversation(talkId)), 200);
    expect(talk.attachments.map((a: { id: string }) => a.id)).to.deep.equal([answer.body.id]);
  });

  it('should refuse an HTML file named .pdf and sent as a PDF with 415 naming file', async () => {
    const before = storedFiles();
    const answer = await upload(staff, talkId, HTML, 'attest.pdf', { type: 'application/pdf' });

    expect(answer.status).to.equal(415);
    expect(answer.headers.get('content-type')).to.match(/^application\/problem\+json/);
    expect(fieldsOf(answer)).to.deep.equal(['file']);
    expect(storedFiles()).to.deep.equal(before);
  });

  it('should refuse a file over 10 MB with 413 naming file, leaving nothing', async () => {
    const before = storedFiles();
    const rows = await rowCount();
    const big = new Uint8Array(ATTACHMENT_MAX_BYTES + 1);
    big.set(demoPdf('groot'));

    const answer = await upload(staff, talkId, big, 'groot.pdf');

    expect(answer.status).to.equal(413);
    expect(fieldsOf(answer)).to.deep.equal(['file']);
    expect(storedFiles()).to.deep.equal(before);
    expect(await rowCount()).to.equal(rows);
  });

  it('should refuse a body announced far over the limit with 413, unread', async () => {
    const before = storedFiles();
    const huge = new Uint8Array(ATTACHMENT_MAX_BYTES * 2);
    huge.set(demoPdf('enorm'));

    const answer = await upload(staff, talkId, huge, 'enorm.pdf');

    expect(answer.status).to.equal(413);
    expect(fieldsOf(answer)).to.deep.equal(['file']);
    expect(storedFiles()).to.deep.equal(before);
  });

  it('should accept a PDF of exactly 10 MB', async () => {
    const full = new Uint8Array(ATTACHMENT_MAX_BYTES);
    full.set(demoPdf('vol'));
    const answer = await upload(staff, talkId, full, 'vol.pdf');

    expect(answer.status, answer.text).to.equal(201);
    expect(answer.body).to.include({ contentType: 'application/pdf', size: ATTACHMENT_MAX_BYTES });
  });

  it('should serve the bytes as a download with a safe name and nosniff', async () => {
    const pdf = demoPdf('Verslag');
    const name = 'verslag "Zoë" 2026.pdf';
    const stored = expectStatus(await upload(staff, talkId, pdf, name), 201);

    const response = await fetch(`${world.test.url}${DOSSIER_PATHS.attachmentContent(stored.id)}`,
      { headers: { cookie: await cookieOf(world) } });
    const bytes = new Uint8Array(await response.arrayBuffer());

    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.equal('application/pdf');
    expect(response.headers.get('x-content-type-options')).to.equal('nosniff');
    expect(response.headers.get('content-disposition')).to.equal(
      'attachment; filename="verslag \\"Zo?\\" 2026.pdf"; ' +
        "filename*=UTF-8''verslag%20%22Zo%C3%AB%22%202026.pdf");
    expect(Buffer.from(bytes).equals(Buffer.from(pdf))).to.equal(true);
  });

  it('should keep only the base name of a path the browser sent', async () => {
    const answer = await upload(staff, talkId, PNG_BYTES, 'C:\\fakepath\\..\\..\\etc\\passwd.png');
    expect(answer.body.fileName).to.equal('passwd.png');
  });

  const badForms: Array<[string, () => Promise<{ status: number; body: any }>, number]> = [
    ['a JSON body', () => staff.post(DOSSIER_PATHS.attachments(talkId), { file: 'x' }), 415],
    ['a JSON array', () => staff.raw('POST', DOSSIER_PATHS.attachments(talkId), '[1]'), 415],
    ['malformed JSON', () => staff.raw('POST', DOSSIER_PATHS.attachments(talkId), '{"a":'), 400],
    ['a form', () => staff.raw('POST', DOSSIER_PATHS.attachments(talkId), 'file=x',
      'application/x-www-form-urlencoded'), 415],
    ['a multipart body without boundary', () => staff.raw('POST',
      DOSSIER_PATHS.attachments(talkId), 'x', 'multipart/form-data'), 400],
    ['a broken multipart body', () => staff.raw('POST', DOSSIER_PATHS.attachments(talkId),
      '--b\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nabc',
      'multipart/form-data; boundary=b'), 400],
    ['the file in a part named otherwise', () => upload(staff, talkId, PNG_BYTES, 'a.png',
      { field: 'document' }), 400],
    ['a text field', () => {
      const form = new FormData();
      form.append('file', 'just text');
      return staff.request('POST', DOSSIER_PATHS.attachments(talkId), form, {}, false);
    }, 400],
    ['two files', () => {
      const form = new FormData();
      form.append('file', new Blob([PNG_BYTES]), 'a.png');
      form.append('file', new Blob([PNG_BYTES]), 'b.png');
      return staff.request('POST', DOSSIER_PATHS.attachments(talkId), form, {}, false);
    }, 400],
    ['an empty form', () => staff.request('POST', DOSSIER_PATHS.attachments(talkId),
      new FormData(), {}, false), 400],
    ['an empty file', () => upload(staff, talkId, new Uint8Array(0), 'leeg.pdf'), 415],
  ];
  for (const [what, send, status] of badForms) {
    it(`should refuse ${what} with ${status} naming the field, storing nothing`, async () => {
      const before = storedFiles();
      const rows = await rowCount();
      const answer = await send();

      expect(answer.status, JSON.stringify(answer.body)).to.equal(status);
      // The core refuses malformed JSON and a form before the route: it names the body.
      if (what !== 'malformed JSON' && what !== 'a form') {
        expect(fieldsOf(answer as never)).to.deep.equal(['file']);
      }
      expect(storedFiles()).to.deep.equal(before);
      expect(await rowCount()).to.equal(rows);
    });
  }

  it('should leave no file and no row when the upload breaks off', async () => {
    const before = storedFiles();
    const rows = await rowCount();

    const during = await brokenUpload(world, talkId, storedFiles);
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(during.some((name) => name.startsWith('.upload-')), 'written while it came in')
      .to.equal(true);
    expect(storedFiles()).to.deep.equal(before);
    expect(await rowCount()).to.equal(rows);
  });

  it('should remove the file with its row', async () => {
    const stored = expectStatus(await upload(staff, talkId, PNG_BYTES, 'weg.png'), 201);
    expect(storedFiles()).to.include(stored.id);

    expect((await staff.delete(DOSSIER_PATHS.attachment(stored.id))).status).to.equal(204);
    expect(storedFiles()).to.not.include(stored.id);
    expect((await staff.get(DOSSIER_PATHS.attachmentContent(stored.id))).status).to.equal(404);
  });

  it('should remove the files of a removed conversation', async () => {
    const personId = await addPerson(staff, 'Weg');
    const talk = await addConversation(staff, personId);
    const stored = expectStatus(await upload(staff, talk.id, PNG_BYTES, 'weg.png'), 201);

    expect((await staff.delete(DOSSIER_PATHS.conversation(talk.id))).status).to.equal(204);
    expect(storedFiles()).to.not.include(stored.id);
  });

  it('should never serve or touch another tenant\'s attachment', async () => {
    const southStaff = await world.south.client('staff');
    const southPerson = await addPerson(southStaff, 'Zuid');
    const southTalk = await addConversation(southStaff, southPerson);
    const secret = demoPdf('Geheim van Zuid');
    const theirs = expectStatus(await upload(southStaff, southTalk.id, secret, 'zuid.pdf'), 201);

    const read = await staff.get(DOSSIER_PATHS.attachmentContent(theirs.id));
    const removed = await staff.delete(DOSSIER_PATHS.attachment(theirs.id));
    const added = await upload(staff, southTalk.id, PNG_BYTES, 'in-zuid.png');

    expect(read.status).to.equal(404);
    expect(read.text).to.not.include('Geheim');
    expect(removed.status).to.equal(404);
    expect(added.status).to.equal(404);
    const still = await southStaff.get(DOSSIER_PATHS.attachmentContent(theirs.id));
    expect(still.status).to.equal(200);
    expect(still.text).to.include('Geheim van Zuid');
  });

  it('should let the employee download their own files, not another person\'s', async () => {
    const own = await addConversation(staff, world.north.employeePerson.id);
    const mine = expectStatus(await upload(staff, own.id, PNG_BYTES, 'mijn.png'), 201);
    const employee = await world.north.client('employee');
    const others = (await staff.get(DOSSIER_PATHS.conversation(talkId))).body.attachments[0];

    expect((await employee.get(DOSSIER_PATHS.attachmentContent(mine.id))).status).to.equal(200);
    expect((await employee.get(DOSSIER_PATHS.attachmentContent(others.id))).status)
      .to.equal(404);
    expect((await upload(employee, own.id, PNG_BYTES, 'x.png')).status).to.equal(403);
  });
});

/** The session cookie of a fresh staff sign-in, for a raw fetch that reads bytes. */
async function cookieOf(world: DossierWorld): Promise<string> {
  const response = await fetch(`${world.test.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: world.test.url },
    body: JSON.stringify({ tenant: world.north.slug, login: 'staff', password: TEST_PASSWORD }),
  });
  return response.headers.getSetCookie()[0]!.split(';')[0]!;
}

/**
 * Starts a multipart upload of 1 MB, sends half of it and drops the connection; answers what
 * `files` listed just before the drop.
 */
async function brokenUpload(
  world: DossierWorld,
  talkId: string,
  files: () => string[],
): Promise<string[]> {
  const cookie = await cookieOf(world);
  const boundary = 'brokenboundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; ` +
    'filename="half.pdf"\r\nContent-Type: application/pdf\r\n\r\n';
  const url = new URL(`${world.test.url}${DOSSIER_PATHS.attachments(talkId)}`);

  let during: string[] = [];
  await new Promise<void>((resolve) => {
    const req = http.request(url, {
      method: 'POST',
      headers: {
        cookie, origin: world.test.url, 'content-length': String(head.length + 1024 * 1024),
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
    });
    req.on('error', () => resolve());
    req.write(head);
    req.write(Buffer.from(demoPdf('half')));
    req.write(Buffer.alloc(512 * 1024, 0x20), () => {
      setTimeout(() => {
        during = files();
        req.destroy();
        resolve();
      }, 200);
    });
  });
  return during;
}
