/** Picks the Dutch or English label of something the tenant named in both languages. */
export function useLabel() {
  const { locale } = useI18n();
  return (item: { labelNl: string; labelEn: string }) =>
    (locale.value === 'en' ? item.labelEn : item.labelNl) || item.labelNl;
}
