import type { TenantKind } from '../../common/tenant.js';
import type { EmployeeTypeSeed } from '../plugins/extension-points.js';

/**
 * The employee types (statuten) a new tenant of each kind starts with, after domain.md §1.
 * Tenants rename, add and retire them; the codes stay so that plugins and reports can rely on them.
 */
export const EMPLOYEE_TYPES_BY_KIND: Record<TenantKind, EmployeeTypeSeed[]> = {
  arbeidszorg: [
    { code: 'ama-participant', name: 'Deelnemer arbeidsmatige activiteiten (AMA)' },
    { code: 'activation-trajectory', name: 'Deelnemer activeringstraject' },
    { code: 'volunteer', name: 'Vrijwilliger' },
    { code: 'support-staff', name: 'Omkaderingspersoneel' },
  ],
  maatwerk: [
    { code: 'target-worker', name: 'Doelgroepwerknemer collectief maatwerk' },
    { code: 'individual-custom-work', name: 'Doelgroepwerknemer individueel maatwerk' },
    { code: 'ama-se-participant', name: 'Deelnemer AMA sociale economie' },
    { code: 'support-staff', name: 'Omkaderingspersoneel' },
  ],
  'local-services': [
    { code: 'lde-worker', name: 'Doelgroepwerknemer lokale diensteneconomie' },
    { code: 'lde-transition', name: 'LDE-werknemer met tijdelijke compensatie' },
    { code: 'support-staff', name: 'Omkaderingspersoneel' },
  ],
  other: [
    { code: 'employee', name: 'Werknemer' },
    { code: 'volunteer', name: 'Vrijwilliger' },
    { code: 'intern', name: 'Stagiair' },
  ],
};
