export const ROLES = ['admin', 'staff', 'coach', 'employee'] as const;
export type Role = (typeof ROLES)[number];
