/**
 * The calendar date in China (UTC+8, no daylight saving) of an instant, as ISO YYYY-MM-DD,
 * whatever the machine's time zone: build stamps and new notices are dated as county staff
 * see the calendar.
 * @example formatBeijingDate(new Date('2026-11-28T22:30:00Z')) // '2026-11-29'
 */
export function formatBeijingDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
