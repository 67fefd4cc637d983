/**
 * Lower-cases, folds German umlauts and ß to their transliterations (Müller -> mueller,
 * Straße -> strasse) and strips other diacritics (é -> e). Used for search terms and for slugs.
 */
export function foldLatin(word: string): string {
  return word
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}
