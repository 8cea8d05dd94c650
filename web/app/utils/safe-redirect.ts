/**
 * The page to go to after signing in. Only a path of this app is followed, never another site
 * (`//evil.example` or `https://…` would make the sign-in page an open redirect).
 */
export function safeRedirect(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return fallback;
  // Browsers read `//host` and `/\host` as another site.
  if (value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (value.startsWith('/sign-in')) return fallback;
  return value;
}
