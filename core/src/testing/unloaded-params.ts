/** A path parameter that names something other than a row, so the core cannot load it. */
export interface UnloadedParam {
  /** The route's full path, e.g. `/api/admin/plugins/:id`. */
  path: string;
  param: string;
  /** Why the route reads it itself. */
  reason: string;
  /** A value that names something that exists, so a walker can get past the path. */
  sample: string;
}

/**
 * The only path parameters the isolation walk lets a route read itself. Every other path
 * parameter must be declared in the route's `params`, so that the core loads the row in the
 * tenant's scope: a route that loads a row by id itself is how another tenant's id gets through.
 * Add an entry only with its reason.
 */
export const UNLOADED_PARAMS: readonly UnloadedParam[] = [
  {
    path: '/api/admin/plugins/:id', param: 'id', reason: 'names an installed plugin',
    sample: 'reminders',
  },
  { path: '/api/admin/roles/:role', param: 'role', reason: 'names a role', sample: 'staff' },
  {
    path: '/api/reports/:reportId/run', param: 'reportId',
    reason: 'names a report definition; reports read through scopedRaw or scopedQuery',
    sample: 'core.people-by-department',
  },
  {
    path: '/api/reports/:reportId/run.csv', param: 'reportId',
    reason: 'names a report definition; reports read through scopedRaw or scopedQuery',
    sample: 'core.people-by-department',
  },
];
