/** Where a generated company comes from: China, Germany, or another European country. */
export type Origin = 'CN' | 'DE' | 'EU';
