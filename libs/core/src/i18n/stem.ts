/** German and English endings the light stemmer strips, longest first (one per word). */
const SUFFIXES: readonly [string, string][] = [
  ['ungen', 'ung'],
  ['ies', 'i'],
  ['ern', ''],
  ['em', ''],
  ['en', ''],
  ['er', ''],
  ['es', ''],
  ['e', ''],
  ['s', ''],
  ['n', ''],
  ['y', 'i'],
];
const MIN_STEM = 4;

/**
 * A light stemmer for German and English, so inflections meet: Maschine/Maschinen -> maschin,
 * Sensor/Sensoren -> sensor, pump/pumps -> pump, battery/batteries -> batteri. It strips one
 * common ending and never leaves fewer than four letters; it is deliberately conservative.
 */
export function stem(word: string): string {
  if (word.length <= MIN_STEM || /\d/.test(word)) return word;
  for (const [suffix, replacement] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length + replacement.length >= MIN_STEM) {
      return word.slice(0, word.length - suffix.length) + replacement;
    }
  }
  return word;
}
