/** Calendar dates and instants in the current language (see utils/calendar-date.ts). */
export function useDates() {
  const { locale } = useI18n();
  return {
    date: (value: string | null | undefined) => formatCalendarDate(value, locale.value),
    instant: (value: string | null | undefined) => formatInstant(value, locale.value),
  };
}
