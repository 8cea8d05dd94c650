import { Account } from './account.js';
import { AuditEntry } from './audit-entry.js';
import { FieldDefinition } from './field-definition.js';
import { Department, EmployeeType, Team } from './list-item.js';
import { LoginThrottle } from './login-throttle.js';
import { Person } from './person.js';
import { RolePermissions } from './role-permissions.js';
import { Session } from './session.js';
import { Tenant } from './tenant.js';

export {
  Account, AuditEntry, Department, EmployeeType, FieldDefinition, LoginThrottle, Person,
  RolePermissions, Session, Team, Tenant,
};

export const CORE_ENTITIES = [
  Tenant, Department, Team, EmployeeType, FieldDefinition, Person, Account, Session,
  LoginThrottle, AuditEntry, RolePermissions,
];
