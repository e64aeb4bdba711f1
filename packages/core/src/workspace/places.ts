/** Where a cost-of-living index is looked up: "DE-Berlin" first, then "DE". */
export function placeKeys(location: { country: string; city?: string | undefined }): string[] {
  return location.city
    ? [`${location.country}-${location.city}`, location.country]
    : [location.country];
}

export function costOfLivingIndex(
  table: Record<string, number> | undefined,
  location: { country: string; city?: string | undefined },
): number | undefined {
  if (!table) return undefined;
  for (const key of placeKeys(location)) if (table[key] !== undefined) return table[key];
  return undefined;
}
