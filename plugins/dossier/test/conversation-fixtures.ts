import { Tenant, type TenantSettings } from '@dots/core';
import type { TestApp, TestClient, TestResponse } from '@dots/core/testing';
import { DOSSIER_PATHS } from '../src/common/index.js';
import { expectStatus } from './dossier-fixtures.js';

/** A conversation body with what every test needs, and `overrides` on top. */
export function conversationBody(overrides: Record<string, unknown> = {}) {
  return { date: '2026-03-30', type: 'evaluatiegesprek', ...overrides };
}

export async function addConversation(
  staff: TestClient,
  personId: string,
  overrides: Record<string, unknown> = {},
) {
  return expectStatus(
    await staff.post(DOSSIER_PATHS.conversations(personId), conversationBody(overrides)), 201,
  );
}

/** Changes the tenant's settings as its admin would, straight in the database. */
export async function setTenantSettings(
  test: TestApp,
  tenantId: string,
  settings: Partial<TenantSettings>,
): Promise<void> {
  const em = test.em();
  const tenant = await em.findOneOrFail(Tenant, { id: tenantId });
  tenant.settings = { ...tenant.settings, ...settings };
  await em.flush();
}

/** Sends one file as the browser's form does: a part named `file` (or `field`). */
export function upload(
  client: TestClient,
  conversationId: string,
  bytes: Uint8Array,
  fileName: string,
  options: { type?: string; field?: string } = {},
): Promise<TestResponse> {
  const form = new FormData();
  const blob = new Blob([bytes], { type: options.type ?? 'application/octet-stream' });
  form.append(options.field ?? 'file', blob, fileName);
  return client.request('POST', DOSSIER_PATHS.attachments(conversationId), form, {}, false);
}

/** The smallest valid PNG: one transparent pixel. */
export const PNG_BYTES = Uint8Array.from(Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kg'
    + 'AAAABJRU5ErkJggg==',
  'base64',
));
