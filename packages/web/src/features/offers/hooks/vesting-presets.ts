/** Common vesting schedules (share of the grant vesting in each year, %). */
export const vestingPresets: Record<string, number[]> = {
  even4: [25, 25, 25, 25],
  back: [5, 15, 40, 40],
  front: [40, 30, 20, 10],
  even3: [33, 33, 34],
};

export function presetOf(schedule: readonly number[]): string {
  const match = Object.entries(vestingPresets).find(
    ([, preset]) => preset.length === schedule.length && preset.every((p, i) => p === schedule[i]),
  );
  return match ? match[0] : 'custom';
}

/** "25, 25, 25, 25" → [25, 25, 25, 25]; anything that is not a number is left out. */
export function parseSchedule(text: string): number[] {
  return text
    .split(/[,/\s]+/)
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isFinite(n));
}
