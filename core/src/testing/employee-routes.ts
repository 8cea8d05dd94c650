/**
 * Routes only an employee account calls: its own dossier, with no id in the path. Staff get
 * 403 there, so the walkers call them as tenant A's employee instead of its admin.
 */
export const EMPLOYEE_ONLY_ROUTES: readonly string[] = ['GET /api/me', 'GET /api/me/export',
  'GET /api/competences/me/evolution'];
