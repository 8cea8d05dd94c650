import { injectable } from 'inversify';
import { Account } from '../entities/account.js';
import type { RequestContext } from '../http/request-context.js';
import { ValidationError } from '../http/errors.js';
import type { Role } from '../../common/roles.js';

/** A colleague as pickers and agenda owners show one: never the sign-in name or e-mail. */
export interface StaffMember {
  id: string;
  displayName: string;
  role: string;
}

const STAFF_ROLES: Role[] = ['admin', 'staff', 'coach'];

/**
 * The active staff accounts of the caller's tenant: owners of agreements and actions, agenda
 * filters. Accounts are not tenant-owned rows, so the tenant is named here, once, for every
 * plugin that needs a colleague.
 */
@injectable()
export class StaffDirectory {
  async list(ctx: RequestContext): Promise<StaffMember[]> {
    const accounts = await ctx.em.find(
      Account,
      { tenant: ctx.tenantId(), active: true, role: { $in: STAFF_ROLES } },
      { orderBy: { displayName: 'asc', id: 'asc' } },
    );
    return accounts.map(staffMember);
  }

  /**
   * The staff account `accountId` of the caller's tenant, for a field named `field`; any other
   * id (another tenant's, an employee's, a deactivated one) is refused as a bad value.
   */
  async require(ctx: RequestContext, accountId: string, field: string): Promise<Account> {
    const account = await ctx.em.findOne(Account, {
      id: accountId.toLowerCase(), tenant: ctx.tenantId(), active: true,
      role: { $in: STAFF_ROLES },
    });
    if (!account) throw ValidationError.field(field, 'not a colleague of this organisation');
    return account;
  }
}

export function staffMember(account: Account): StaffMember {
  return { id: account.id, displayName: account.displayName, role: account.role };
}
