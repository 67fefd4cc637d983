import { AgreementStatus, AgreementType, SharedResourceType } from '@hc/initiative';
import type { Trilingual } from '../vocabulary/vocabulary.model';

/** Fixed texts of the initiative's demo data. Everything here is invented for the demo (see data/ATTRIBUTION.md). */

/** The day of the China-Germany (Europe) Hidden Champions Forum in Shunyi, where the demo agreements are signed. */
export const FORUM_DAY = '2024-05-28';

/** Place names inside a text: the city in each language. */
export type CityNames = Trilingual;

export interface ResourceTemplate {
  type: SharedResourceType;
  /** ISIC divisions of owners it suits; empty: any owner. */
  sectors: readonly string[];
  /** Only parks (sites, service desks) or only companies offer it; both when omitted. */
  owner?: 'park' | 'company';
  /** Only owners in China ('CN') or outside it ('EU'). */
  origin?: 'CN' | 'EU';
  name: (city: CityNames) => Trilingual;
  description: Trilingual;
  capacity: string;
  conditions: string;
}

const t = (zh: string, de: string, en: string): Trilingual => ({ zh, de, en });

export const RESOURCE_TEMPLATES: readonly ResourceTemplate[] = [
  {
    type: SharedResourceType.TEST_LAB,
    sectors: ['29', '27', '30'],
    name: (c) => t(`${c.zh}汽车测试中心`, `Fahrzeugprüfzentrum ${c.de}`, `${c.en} Vehicle Test Centre`),
    description: t(
      '提供整车及零部件环境试验、耐久试验和新能源汽车安全测试。',
      'Umwelt- und Dauerlaufprüfungen für Fahrzeuge und Komponenten sowie Sicherheitsprüfungen für Elektrofahrzeuge.',
      'Environmental and durability testing of vehicles and components, and safety testing of electric vehicles.',
    ),
    capacity: '2 climate chambers (-40 to +85 °C), 1 four-poster rig, 1 EMC chamber',
    conditions: 'Initiative members at cost price; book at least two weeks ahead.',
  },
  {
    type: SharedResourceType.TEST_LAB,
    sectors: ['28', '29'],
    name: (c) => t(`${c.zh}发动机与电机试验台`, `Motorenprüfstand ${c.de}`, `${c.en} Engine and Motor Test Bench`),
    description: t(
      '用于内燃机和电驱动系统的性能与耐久试验台。',
      'Prüfstand für Leistungs- und Dauerlaufprüfungen von Verbrennungsmotoren und elektrischen Antrieben bis 400 kW.',
      'Test bench for performance and endurance testing of combustion engines and electric drives up to 400 kW.',
    ),
    capacity: '3 dynamometers up to 400 kW; data acquisition included',
    conditions: 'Shifts of 8 hours; operator provided; members get priority booking.',
  },
  {
    type: SharedResourceType.TEST_LAB,
    sectors: ['26', '27'],
    name: (c) => t(`${c.zh}电磁兼容实验室`, `EMV-Prüflabor ${c.de}`, `${c.en} EMC Test Laboratory`),
    description: t(
      '按照国际标准开展电磁兼容预测试和认证测试。',
      'EMV-Vor- und Zertifizierungsprüfungen nach internationalen Normen.',
      'EMC pre-compliance and certification testing to international standards.',
    ),
    capacity: '1 semi-anechoic chamber (10 m), 1 shielded room',
    conditions: 'Accredited reports on request; half-day slots.',
  },
  {
    type: SharedResourceType.TEST_LAB,
    sectors: ['27', '29', '20'],
    name: (c) => t(`${c.zh}电池安全测试实验室`, `Batterieprüflabor ${c.de}`, `${c.en} Battery Safety Test Laboratory`),
    description: t(
      '动力电池的针刺、过充、热失控等安全测试。',
      'Sicherheitsprüfungen für Traktionsbatterien: Nagelpenetration, Überladung, thermisches Durchgehen.',
      'Safety testing of traction batteries: nail penetration, overcharge, thermal runaway.',
    ),
    capacity: 'Cells to full packs up to 100 kWh',
    conditions: 'Samples delivered by the customer; safety briefing required.',
  },
  {
    type: SharedResourceType.PILOT_LINE,
    sectors: ['27', '20'],
    owner: 'company',
    name: (c) => t(`${c.zh}电池电芯中试线`, `Pilotlinie für Batteriezellen ${c.de}`, `${c.en} Battery Cell Pilot Line`),
    description: t(
      '从电极涂布到化成的电芯中试生产线。',
      'Pilotlinie für Batteriezellen von der Elektrodenbeschichtung bis zur Formierung.',
      'Pilot line for battery cells from electrode coating to formation.',
    ),
    capacity: 'Pouch and prismatic cells, up to 2,000 cells a week',
    conditions: 'Joint projects or contract runs; NDA required.',
  },
  {
    type: SharedResourceType.PILOT_LINE,
    sectors: ['25', '28', '24'],
    name: (c) => t(`${c.zh}增材制造中试线`, `Pilotlinie für additive Fertigung ${c.de}`, `${c.en} Additive Manufacturing Pilot Line`),
    description: t(
      '金属3D打印与后处理中试线，适合小批量试制。',
      'Pilotlinie für metallischen 3D-Druck und Nachbearbeitung, geeignet für Kleinserien.',
      'Pilot line for metal 3D printing and post-processing, suited to small series.',
    ),
    capacity: '4 laser powder-bed machines, heat treatment, CT inspection',
    conditions: 'Machine hours at member rates; training for own staff available.',
  },
  {
    type: SharedResourceType.TRAINING_CENTRE,
    sectors: ['85', '28', '29', '25'],
    name: (c) => t(`${c.zh}双元制职业培训中心`, `Ausbildungszentrum ${c.de} für duale Berufsausbildung`, `${c.en} Dual Vocational Training Centre`),
    description: t(
      '按照德国双元制标准培训机电一体化技师和工业机械工。',
      'Ausbildung von Mechatronikern und Industriemechanikern nach dem deutschen dualen System.',
      'Training of mechatronics technicians and industrial mechanics on the German dual model.',
    ),
    capacity: '120 training places, 6 workshops',
    conditions: 'Places for apprentices of member companies; AHK-certified exams.',
  },
  {
    type: SharedResourceType.TRAINING_CENTRE,
    sectors: ['62', '63', '85'],
    name: (c) => t(`${c.zh}工业软件实训基地`, `Schulungszentrum ${c.de} für Industriesoftware`, `${c.en} Industrial Software Training Centre`),
    description: t(
      '工业软件、PLC编程和数字孪生的实训课程。',
      'Praxiskurse zu Industriesoftware, SPS-Programmierung und digitalen Zwillingen.',
      'Hands-on courses in industrial software, PLC programming and digital twins.',
    ),
    capacity: '3 classrooms with 24 workstations each',
    conditions: 'Courses in Chinese, German and English; member discount 30 %.',
  },
  {
    type: SharedResourceType.LAND_AND_BUILDINGS,
    sectors: [],
    owner: 'park',
    name: (c) => t(`${c.zh}标准厂房`, `Gewerbehallen ${c.de}`, `${c.en} Standard Factory Buildings`),
    description: t(
      '可立即入驻的标准厂房，配备办公区和物流通道。',
      'Bezugsfertige Gewerbehallen mit Büroflächen und Logistikzufahrt.',
      'Ready-to-use factory buildings with offices and logistics access.',
    ),
    capacity: 'Units of 1,500 to 6,000 m², floor load 3 t/m²',
    conditions: 'Rent-free first year for initiative members relocating production.',
  },
  {
    type: SharedResourceType.SERVICES,
    sectors: [],
    owner: 'park',
    origin: 'CN',
    name: (c) => t(`${c.zh}德企服务中心`, `Servicebüro für deutsche Unternehmen ${c.de}`, `${c.en} German Business Service Desk`),
    description: t(
      '为德国及欧洲企业提供落地、审批、人才招聘的一站式服务。',
      'Zentrale Anlaufstelle für deutsche und europäische Unternehmen: Ansiedlung, Genehmigungen, Personalsuche.',
      'One-stop desk for German and European companies: settling in, permits, recruiting.',
    ),
    capacity: '6 bilingual advisers',
    conditions: 'Free of charge for initiative members.',
  },
  {
    type: SharedResourceType.SERVICES,
    sectors: [],
    owner: 'park',
    origin: 'EU',
    name: (c) => t(`${c.zh}中国企业服务中心`, `China-Servicebüro ${c.de}`, `${c.en} China Business Desk`),
    description: t(
      '为来德投资的中国企业提供选址、法律与融资咨询。',
      'Beratung chinesischer Unternehmen zu Standortwahl, Recht und Finanzierung in Deutschland.',
      'Advice for Chinese companies on sites, law and financing in Germany.',
    ),
    capacity: '4 advisers speaking Chinese and German',
    conditions: 'First consultation free; members get a dedicated contact.',
  },
  {
    type: SharedResourceType.OTHER,
    sectors: ['62', '63'],
    name: (c) => t(`${c.zh}数据中心机柜`, `Rechenzentrumsfläche ${c.de}`, `${c.en} Data Centre Space`),
    description: t(
      '绿色电力供电的数据中心机柜与边缘计算节点。',
      'Rechenzentrumsfläche mit Ökostrom und Edge-Computing-Knoten.',
      'Data centre racks on green power, with edge computing nodes.',
    ),
    capacity: '40 racks, 10 Gbit/s uplinks',
    conditions: 'Monthly contracts; data stays in the country of the data centre.',
  },
];

export interface AgreementTemplate {
  title: Trilingual;
  sectors: readonly string[];
  type: AgreementType;
  status: AgreementStatus;
  /** A park of matching focus joins as a third party. */
  withPark: boolean;
  notes: string;
}

/** Twelve agreements of the forum in the launch sectors: new energy and intelligent vehicles, digital economy, education. */
export const AGREEMENT_TEMPLATES: readonly AgreementTemplate[] = [
  { title: t('电驱动系统本地化生产协议', 'Lokalisierung der Fertigung elektrischer Antriebe', 'Localised production of electric drive systems'), sectors: ['29', '27'], type: AgreementType.LOCALISATION, status: AgreementStatus.IN_IMPLEMENTATION, withPark: true, notes: 'Production line to start in the park within 18 months.' },
  { title: t('新能源汽车精密零部件供货协议', 'Liefervertrag für Präzisionsteile von Elektrofahrzeugen', 'Supply of precision parts for electric vehicles'), sectors: ['29'], type: AgreementType.SUPPLY, status: AgreementStatus.SIGNED, withPark: false, notes: 'Framework agreement over five years.' },
  { title: t('固态电池联合研发协议', 'Gemeinsame Entwicklung von Festkörperbatterien', 'Joint development of solid-state batteries'), sectors: ['27'], type: AgreementType.RD_COOPERATION, status: AgreementStatus.IN_IMPLEMENTATION, withPark: false, notes: 'Shared IP; results published after patent filing.' },
  { title: t('智能网联汽车软件联合实验室', 'Gemeinsames Labor für Software vernetzter Fahrzeuge', 'Joint laboratory for connected-vehicle software'), sectors: ['29', '62'], type: AgreementType.RD_COOPERATION, status: AgreementStatus.SIGNED, withPark: true, notes: 'Laboratory hosted by the park.' },
  { title: t('充电设备合资企业协议', 'Gemeinschaftsunternehmen für Ladetechnik', 'Joint venture for charging equipment'), sectors: ['27'], type: AgreementType.JOINT_VENTURE, status: AgreementStatus.SIGNED, withPark: false, notes: 'Joint venture 51/49; approval by the authorities pending.' },
  { title: t('汽车零部件工厂投资协议', 'Investition in ein Werk für Fahrzeugkomponenten', 'Investment in an automotive components plant'), sectors: ['29'], type: AgreementType.INVESTMENT, status: AgreementStatus.COMPLETED, withPark: true, notes: 'Plant opened; investment completed.' },
  { title: t('工业软件技术许可协议', 'Lizenz für Industriesoftware', 'Licence for industrial software'), sectors: ['62'], type: AgreementType.LICENSING, status: AgreementStatus.COMPLETED, withPark: false, notes: 'Licence for the Chinese market, localised user interface delivered.' },
  { title: t('工业数据空间合作协议', 'Kooperation für einen Industriedatenraum', 'Cooperation on an industrial data space'), sectors: ['63', '62'], type: AgreementType.RD_COOPERATION, status: AgreementStatus.IN_IMPLEMENTATION, withPark: false, notes: 'Data exchange under the laws of both countries.' },
  { title: t('数字孪生平台在华分销协议', 'Vertrieb einer Digital-Twin-Plattform in China', 'Distribution of a digital-twin platform in China'), sectors: ['62'], type: AgreementType.DISTRIBUTION, status: AgreementStatus.SIGNED, withPark: false, notes: 'Exclusive distribution in North China.' },
  { title: t('双元制职业教育合作协议', 'Kooperation in der dualen Berufsausbildung', 'Cooperation in dual vocational training'), sectors: ['85'], type: AgreementType.TRAINING, status: AgreementStatus.IN_IMPLEMENTATION, withPark: true, notes: 'First cohort of 40 apprentices.' },
  { title: t('新能源汽车技师培训协议', 'Weiterbildung von Kfz-Technikern für Elektrofahrzeuge', 'Training of technicians for electric vehicles'), sectors: ['85', '29'], type: AgreementType.TRAINING, status: AgreementStatus.SIGNED, withPark: true, notes: 'Courses in Chinese and German.' },
  { title: t('中德企业数字化对接平台协议', 'Digitale Plattform für deutsch-chinesische Unternehmenskontakte', 'Digital matchmaking platform for Sino-German firms'), sectors: ['63'], type: AgreementType.OTHER, status: AgreementStatus.TERMINATED, withPark: false, notes: 'Ended by mutual consent; replaced by this platform.' },
];

export interface ExpertTemplate {
  fullName: string;
  affiliation: string;
  bio: Trilingual;
  sectors: readonly string[];
  languages: readonly string[];
  regions: readonly string[];
  appointedOn: string;
  termEndsOn: string;
  email: string;
}

/** Eight invented experts and consultants; one term has ended, so the demo shows the difference. */
export const EXPERT_TEMPLATES: readonly ExpertTemplate[] = [
  {
    fullName: 'Prof. Dr. Katrin Vogel',
    affiliation: 'Institut für Elektromobilität Neckar (demo)',
    bio: t('电驱动系统与动力电池专家，长期参与中德汽车产业合作。', 'Expertin für elektrische Antriebe und Traktionsbatterien, seit vielen Jahren in der deutsch-chinesischen Fahrzeugkooperation tätig.', 'Expert in electric drives and traction batteries with long experience in Sino-German automotive cooperation.'),
    sectors: ['29', '27'],
    languages: ['de', 'en', 'zh'],
    regions: ['DE-BW', 'CN-BJ'],
    appointedOn: FORUM_DAY,
    termEndsOn: '2027-05-27',
    email: 'k.vogel@example.org',
  },
  {
    fullName: '王丽华',
    affiliation: '北方数字经济研究院（演示）',
    bio: t('工业软件、数据空间与数字孪生领域研究员。', 'Forscherin zu Industriesoftware, Datenräumen und digitalen Zwillingen.', 'Researcher in industrial software, data spaces and digital twins.'),
    sectors: ['62', '63'],
    languages: ['zh', 'en'],
    regions: ['CN-BJ', 'CN-TJ'],
    appointedOn: FORUM_DAY,
    termEndsOn: '2027-05-27',
    email: 'wang.lihua@example.org',
  },
  {
    fullName: 'Dr. Thomas Becker',
    affiliation: 'Forum für duale Berufsbildung (demo)',
    bio: t('双元制职业教育顾问，协助中国园区建立培训中心。', 'Berater für duale Berufsausbildung; unterstützt chinesische Parks beim Aufbau von Ausbildungszentren.', 'Adviser on dual vocational training who helps Chinese parks set up training centres.'),
    sectors: ['85'],
    languages: ['de', 'en'],
    regions: ['DE', 'CN-JS'],
    appointedOn: FORUM_DAY,
    termEndsOn: '2027-05-27',
    email: 't.becker@example.org',
  },
  {
    fullName: '陈志强',
    affiliation: '长三角新能源汽车产业联盟（演示）',
    bio: t('新能源汽车供应链与整车制造专家。', 'Experte für Lieferketten und Fertigung von Elektrofahrzeugen.', 'Expert in the supply chains and manufacturing of new energy vehicles.'),
    sectors: ['29', '27'],
    languages: ['zh', 'en', 'de'],
    regions: ['CN-SH', 'CN-JS', 'CN-ZJ'],
    appointedOn: FORUM_DAY,
    termEndsOn: '2027-05-27',
    email: 'chen.zhiqiang@example.org',
  },
  {
    fullName: 'Dr. Sabine Hoffmann',
    affiliation: 'Hoffmann & Partner Rechtsanwälte (demo)',
    bio: t('中德合资企业与技术许可法律顾问。', 'Rechtsanwältin für deutsch-chinesische Gemeinschaftsunternehmen und Lizenzverträge.', 'Lawyer for Sino-German joint ventures and licence agreements.'),
    sectors: ['69', '70'],
    languages: ['de', 'en', 'fr'],
    regions: ['DE', 'CN'],
    appointedOn: FORUM_DAY,
    termEndsOn: '2027-05-27',
    email: 's.hoffmann@example.org',
  },
  {
    fullName: '刘洋',
    affiliation: '中德产业园区咨询中心（演示）',
    bio: t('产业园区规划与招商顾问。', 'Berater für Planung und Ansiedlungsmanagement von Industrieparks.', 'Consultant for industrial park planning and investor relations.'),
    sectors: ['71', '70'],
    languages: ['zh', 'de'],
    regions: ['CN-SD', 'CN-SN'],
    appointedOn: FORUM_DAY,
    termEndsOn: '2027-05-27',
    email: 'liu.yang@example.org',
  },
  {
    fullName: 'Marco Rossi',
    affiliation: 'Studio Rossi Automazione (demo)',
    bio: t('工业自动化与机床数字化顾问。', 'Berater für Industrieautomation und die Digitalisierung von Werkzeugmaschinen.', 'Consultant for industrial automation and the digitalisation of machine tools.'),
    sectors: ['28', '62'],
    languages: ['it', 'en', 'de'],
    regions: ['IT', 'DE-BY'],
    appointedOn: FORUM_DAY,
    termEndsOn: '2027-05-27',
    email: 'm.rossi@example.org',
  },
  {
    fullName: 'Dr. Anna Kowalska',
    affiliation: 'Centrum Transferu Technologii (demo)',
    bio: t('技术转移与电池材料研发专家（任期已结束）。', 'Expertin für Technologietransfer und Batteriematerialien (Amtszeit beendet).', 'Expert in technology transfer and battery materials (term ended).'),
    sectors: ['72', '27'],
    languages: ['pl', 'en', 'de'],
    regions: ['PL', 'DE-SN'],
    appointedOn: FORUM_DAY,
    termEndsOn: '2025-05-27',
    email: 'a.kowalska@example.org',
  },
];

/** Why a profile joined, by the profile's home country. */
export const MOTIVATIONS: Readonly<Record<'CN' | 'DE' | 'EU', (name: string, sectors: string) => string>> = {
  CN: (name, sectors) => `${name}希望通过中德（欧）产业合作新生态倡议，与德国及欧洲的隐形冠军企业在${sectors}等领域开展合作。`,
  DE: (name, sectors) => `${name} möchte über die Initiative für ein neues Ökosystem der deutsch-chinesischen Industriekooperation Partner in China finden, vor allem in den Bereichen ${sectors}.`,
  EU: (name, sectors) => `${name} joins the new-ecology initiative to find partners in China, above all in ${sectors}.`,
};
