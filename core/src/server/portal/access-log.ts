import { inject, injectable } from 'inversify';
import { AuditEntry } from '../entities/audit-entry.js';
import { Account } from '../entities/account.js';
import { SectionAccess, type ResolvedSection } from '../plugins/section-access.js';
import type { RequestContext } from '../http/request-context.js';
import {
  ACCESS_LOG_LIMIT, CORE_PERSON_SECTION, type AccessLogDto, type AccessLogEntryDto,
} from '../../common/portal.js';

/** The audit actions that are a look at a dossier: reads of a part of it, and exports. */
const LOOK_PATTERNS = ['%.read', '%.export'];

/** The web app's names of the person page itself and of a whole export. */
const CORE_LABEL_KEY = 'portal.sections.core';
const EXPORT_LABEL_KEY = 'portal.accessLog.export';

/**
 * "Who looked at my dossier" (domain.md §3 rules 3 and 4), read from the audit log: every read
 * and export of the person's dossier by another account, newest first, at most
 * ACCESS_LOG_LIMIT. Looks by the person's own account are left out. A part the reader of the
 * log may not read (hidden or confidential) is not named: the entry says who and when, not what.
 */
@injectable()
export class AccessLog {
  @inject(SectionAccess) private readonly sectionAccess!: SectionAccess;

  async of(ctx: RequestContext, personId: string): Promise<AccessLogDto> {
    const own = await ctx.em.find(Account, { person: personId, tenant: ctx.tenantId() });
    const entries = await ctx.em.find(AuditEntry, {
      personId,
      $or: LOOK_PATTERNS.map((pattern) => ({ action: { $like: pattern } })),
      accountId: { $ne: null, $nin: own.map((account) => account.id) },
    }, { orderBy: { at: 'desc', id: 'desc' }, limit: ACCESS_LOG_LIMIT + 1 });

    const page = entries.slice(0, ACCESS_LOG_LIMIT);
    const readers = await this.readers(ctx, page);
    const readable = new Map(
      this.sectionAccess.readableSections(ctx).map((section) => [section.id, section]),
    );
    return {
      items: page.map((entry) => this.entryOf(entry, readers, readable)),
      limit: ACCESS_LOG_LIMIT,
      more: entries.length > ACCESS_LOG_LIMIT,
    };
  }

  private entryOf(
    entry: AuditEntry,
    readers: Map<string, Account>,
    readable: Map<string, ResolvedSection>,
  ): AccessLogEntryDto {
    const reader = readers.get(entry.accountId ?? '');
    const { section, labelKey } = this.whatOf(entry, readable);
    return {
      when: entry.at.toISOString(),
      who: reader
        ? { displayName: reader.displayName, role: reader.role }
        : { displayName: '?', role: null },
      action: entry.action,
      section,
      sectionLabelKey: labelKey,
    };
  }

  /** What was looked at, named only when it is a part the caller may read. */
  private whatOf(entry: AuditEntry, readable: Map<string, ResolvedSection>) {
    const unnamed = { section: null, labelKey: null };
    if (entry.action.endsWith('.export')) return { section: null, labelKey: EXPORT_LABEL_KEY };

    const section = entry.details?.section;
    if (typeof section !== 'string') {
      return entry.action.startsWith('person.')
        ? { section: CORE_PERSON_SECTION, labelKey: CORE_LABEL_KEY }
        : unnamed;
    }
    const shown = readable.get(section);
    return shown ? { section, labelKey: shown.labelKey } : unnamed;
  }

  /** Accounts are not tenant-owned rows: the tenant is named here, as StaffDirectory does. */
  private async readers(ctx: RequestContext, entries: AuditEntry[]) {
    const ids = [...new Set(entries.map((e) => e.accountId).filter((id) => id !== undefined))];
    const accounts = ids.length
      ? await ctx.em.find(Account, { id: { $in: ids }, tenant: ctx.tenantId() })
      : [];
    return new Map(accounts.map((account) => [account.id, account]));
  }
}
