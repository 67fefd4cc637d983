import { isCalendarDate, latestToday, todayUtc } from './calendar-date';

describe('calendar dates', () => {
  it('accepts real YYYY-MM-DD dates only', () => {
    for (const ok of ['2024-05-28', '2024-02-29', '1999-12-31']) expect(isCalendarDate(ok)).toBe(true);
    for (const bad of ['2023-02-29', '2024-13-01', '2024-5-28', '28.05.2024', '2024-05-28T00:00:00Z', '', 20240528, null]) expect(isCalendarDate(bad)).toBe(false);
  });

  it('"today" for the not-in-the-future rule is the latest date anywhere (UTC+14)', () => {
    const lateEvening = new Date('2024-05-27T23:30:00Z'); // already 2024-05-28 in Beijing
    expect(todayUtc(lateEvening)).toBe('2024-05-27');
    expect(latestToday(lateEvening)).toBe('2024-05-28');
    expect(latestToday(new Date('2024-05-27T09:59:00Z'))).toBe('2024-05-27');
  });
});
