/** Input for createCompany with sensible defaults; override what the test is about. */
export function makeCompanyInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: { de: 'Beispiel Antriebstechnik GmbH', en: 'Example Drive Technology GmbH', zh: '示例驱动技术有限公司' },
    description: {
      de: 'Hersteller von Getrieben und Antriebstechnik für den Maschinenbau.',
      en: 'Maker of gearboxes and drive technology for machine builders.',
      zh: '为机械制造企业生产齿轮箱和驱动技术。',
    },
    country: 'DE',
    region: 'DE-BW',
    city: 'Stuttgart',
    location: { latitude: 48.7758, longitude: 9.1829 },
    activityCodes: [{ scheme: 'WZ2008', code: '28.15.0' }],
    employees: 180,
    foundedYear: 1962,
    status: 'PUBLISHED',
    ...overrides,
  };
}
