// TEMPORARY adapter until the taxonomy region catalog lands (replaced below).
export interface NamedRegion {
  code: string;
  country: string;
}
export function regionsNamedIn(_text: string): NamedRegion[] {
  return [];
}
export function namedRegion(_code: string): NamedRegion | undefined {
  return undefined;
}
export function regionContains(_region: NamedRegion, _place: { country: string; region: string | null; latitude: number; longitude: number }): boolean {
  return false;
}
export function regionLabel(region: NamedRegion, _l: 'zh' | 'de' | 'en'): string {
  return region.code;
}
export function subdivisionOf(_country: string, _lat: number, _lon: number): string | null {
  return null;
}
