/**
 * Switching the language: kept in this browser, and on the account when signed in. A choice
 * made on the sign-in page is saved on the account right after signing in (session store).
 */
export function useLocaleChoice() {
  const { locale, setLocale } = useI18n();
  const session = useSessionStore();
  const api = useApi();

  async function choose(code: AppLocale): Promise<void> {
    storeLocale(code);
    await setLocale(code);
    const account = session.account;
    if (!account) {
      session.pendingLocale = code;
    } else if (account.locale !== code) {
      await saveOnAccount(account, code);
    }
  }

  /** Offline the choice stays in this browser only: the switch itself needs no server. */
  async function saveOnAccount(account: { locale: string }, code: AppLocale): Promise<void> {
    try {
      await api('/api/me', { method: 'PATCH', body: { locale: code } });
      account.locale = code;
    } catch (error) {
      if (!isNetworkFailure(error)) throw error;
    }
  }

  return { locale, choose };
}
