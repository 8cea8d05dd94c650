import type { Ref } from 'vue';

/** Set when the page asked for could not be opened because its code did not load (offline). */
export function useNavigationFailure(): Ref<boolean> {
  return useState('dots:navigation-failure', () => false);
}
