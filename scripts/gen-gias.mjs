#!/usr/bin/env node
// Writes a synthetic GIAS all-establishments extract (edubasealldata*.csv) for benchmarks and tests:
// the real header (January 2024 release order), Windows-1252 bytes, CR LF line ends, quoted fields with
// commas and doubled quotes, accented names, and mixed statuses with close dates. Deterministic: the same
// row count and seed give the same bytes.
//
//   node scripts/gen-gias.mjs OUT.csv [rows=50000] [--seed=N]

import { openSync, writeSync, closeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const GIAS_COLUMNS = [
  'URN',
  'LA (code)',
  'LA (name)',
  'EstablishmentNumber',
  'EstablishmentName',
  'TypeOfEstablishment (code)',
  'TypeOfEstablishment (name)',
  'EstablishmentTypeGroup (code)',
  'EstablishmentTypeGroup (name)',
  'EstablishmentStatus (code)',
  'EstablishmentStatus (name)',
  'ReasonEstablishmentOpened (code)',
  'ReasonEstablishmentOpened (name)',
  'OpenDate',
  'ReasonEstablishmentClosed (code)',
  'ReasonEstablishmentClosed (name)',
  'CloseDate',
  'PhaseOfEducation (code)',
  'PhaseOfEducation (name)',
  'StatutoryLowAge',
  'StatutoryHighAge',
  'Boarders (code)',
  'Boarders (name)',
  'NurseryProvision (name)',
  'OfficialSixthForm (code)',
  'OfficialSixthForm (name)',
  'Gender (code)',
  'Gender (name)',
  'ReligiousCharacter (code)',
  'ReligiousCharacter (name)',
  'ReligiousEthos (name)',
  'Diocese (code)',
  'Diocese (name)',
  'AdmissionsPolicy (code)',
  'AdmissionsPolicy (name)',
  'SchoolCapacity',
  'SpecialClasses (code)',
  'SpecialClasses (name)',
  'CensusDate',
  'NumberOfPupils',
  'NumberOfBoys',
  'NumberOfGirls',
  'PercentageFSM',
  'TrustSchoolFlag (code)',
  'TrustSchoolFlag (name)',
  'Trusts (code)',
  'Trusts (name)',
  'SchoolSponsorFlag (name)',
  'SchoolSponsors (name)',
  'FederationFlag (name)',
  'Federations (code)',
  'Federations (name)',
  'UKPRN',
  'FEHEIdentifier',
  'FurtherEducationType (name)',
  'OfstedLastInsp',
  'OfstedSpecialMeasures (code)',
  'OfstedSpecialMeasures (name)',
  'LastChangedDate',
  'Street',
  'Locality',
  'Address3',
  'Town',
  'County (name)',
  'Postcode',
  'SchoolWebsite',
  'TelephoneNum',
  'HeadTitle (name)',
  'HeadFirstName',
  'HeadLastName',
  'HeadPreferredJobTitle',
  'BSOInspectorateName (name)',
  'InspectorateReport',
  'DateOfLastInspectionVisit',
  'NextInspectionVisit',
  'TeenMoth (name)',
  'TeenMothPlaces',
  'CCF (name)',
  'SENPRU (name)',
  'EBD (name)',
  'PlacesPRU',
  'FTProv (name)',
  'EdByOther (name)',
  'Section41Approved (name)',
  'SEN1 (name)',
  'SEN2 (name)',
  'SEN3 (name)',
  'SEN4 (name)',
  'SEN5 (name)',
  'SEN6 (name)',
  'SEN7 (name)',
  'SEN8 (name)',
  'SEN9 (name)',
  'SEN10 (name)',
  'SEN11 (name)',
  'SEN12 (name)',
  'SEN13 (name)',
  'TypeOfResourcedProvision (name)',
  'ResourcedProvisionOnRoll',
  'ResourcedProvisionCapacity',
  'SenUnitOnRoll',
  'SenUnitCapacity',
  'GOR (code)',
  'GOR (name)',
  'DistrictAdministrative (code)',
  'DistrictAdministrative (name)',
  'AdministrativeWard (code)',
  'AdministrativeWard (name)',
  'ParliamentaryConstituency (code)',
  'ParliamentaryConstituency (name)',
  'UrbanRural (code)',
  'UrbanRural (name)',
  'GSSLACode (name)',
  'Easting',
  'Northing',
  'MSOA (name)',
  'LSOA (name)',
  'InspectorateName (name)',
  'SENStat',
  'SENNoStat',
  'BoardingEstablishment (name)',
  'PropsName',
  'PreviousLA (code)',
  'PreviousLA (name)',
  'PreviousEstablishmentNumber',
  'OfstedRating (name)',
  'RSCRegion (name)',
  'Country (name)',
  'UPRN',
  'SiteName',
  'QABName (code)',
  'QABName (name)',
  'EstablishmentAccredited (code)',
  'EstablishmentAccredited (name)',
  'QABReport',
  'CHNumber',
  'MSOA (code)',
  'LSOA (code)',
  'FSM',
  'AccreditationExpiryDate',
];

// ---- Windows-1252 encoding (Node has no encoder for it) -------------------------------------------------

const HIGH_CONTROL = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const BYTE_FOR = new Map(HIGH_CONTROL.map((cp, i) => [String.fromCharCode(cp), String.fromCharCode(0x80 + i)]));

/** Encodes text as Windows-1252 bytes; characters it cannot represent become '?'. */
export function encodeWindows1252(text) {
  const bytes = text.replace(/[^\x00-\x7f\xa0-\xff]/g, (c) => BYTE_FOR.get(c) ?? '?');
  return Buffer.from(bytes, 'latin1');
}

const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value) {
  if (value == null || value === '') return '';
  if (typeof value === 'number') return String(value);
  const s = String(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record with a CR LF line end (map + join builds one flat string: cheaper than `+=` here). */
export function csvLine(values) {
  return values.map(csvField).join(',') + '\r\n';
}

// ---- deterministic random data -----------------------------------------------------------------------

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  'Ashworth',
  'Bramley',
  'Castleford',
  'Denholme',
  'Eastwood',
  'Fenwick',
  'Greenhill',
  'Hartley',
  'Ingleby',
  'Kingsmead',
  'Longridge',
  'Millbrook',
  'Newbold',
  'Oakfield',
  'Pemberton',
  'Queensbury',
  'Redbrook',
  'Southgate',
  'Thornbury',
  'Upton',
  'Westfield',
  'Yarwood',
  'Brontë',
  'Beaulieu',
  'Château Rise',
  'Zoë Grange',
  'Renée Park',
  'Crème Hill',
  'Saint-Éloi',
  'Ålesund Road',
  'Göteborg Lane',
  'Ørsted Fields',
];
const SAINTS = ['St Mary’s', "St John's", 'St Peter’s', 'St Anne’s', "St Michael's", 'Our Lady’s', 'St Thérèse’s'];
const TOWNS = [
  'Leeds',
  'Bradford',
  'Sheffield',
  'Manchester',
  'Liverpool',
  'Bristol',
  'Norwich',
  'Derby',
  'Leicester',
  'Nottingham',
  'Coventry',
  'Plymouth',
  'Hull',
  'York',
  'Newcastle upon Tyne',
  'Southampton',
  'Reading',
  'Luton',
];
const STREETS = [
  'High Street',
  'Church Lane',
  'Station Road',
  'Mill Lane',
  'Park Avenue',
  'School Road',
  'Green Lane',
  'Victoria Road',
];
const FIRST = [
  'Sarah',
  'James',
  'Aisha',
  'Tomasz',
  'Chloé',
  'Siobhán',
  'Rhys',
  'Priya',
  'Seán',
  'Zoë',
  'Mark',
  'Helen',
];
const LAST = [
  'Smith',
  'O’Brien',
  "O'Neill",
  'Patel',
  'Nowak',
  'Jones',
  'Ní Bhriain',
  'Brown',
  'Müller',
  'Khan',
  'Taylor',
];
const LAS = [
  ['201', 'City of London'],
  ['202', 'Camden'],
  ['330', 'Birmingham'],
  ['383', 'Leeds'],
  ['380', 'Bradford'],
  ['373', 'Sheffield'],
  ['352', 'Manchester'],
  ['341', 'Liverpool'],
  ['801', 'Bristol, City of'],
  ['926', 'Norfolk'],
  ['831', 'Derby'],
  ['856', 'Leicester'],
  ['892', 'Nottingham'],
  ['331', 'Coventry'],
  ['879', 'Plymouth'],
];
const GORS = [
  ['D', 'Yorkshire and the Humber'],
  ['B', 'North West'],
  ['F', 'West Midlands'],
  ['H', 'London'],
  ['K', 'South West'],
  ['G', 'East of England'],
];

// [type code, type name, group code, group name, phase code, phase name, low age, high age, weight, name suffixes]
const TYPES = [
  [
    1,
    'Community school',
    4,
    'Local authority maintained schools',
    2,
    'Primary',
    4,
    11,
    300,
    ['Primary School', 'Community Primary School', 'Infant School', 'Junior School'],
  ],
  [
    2,
    'Voluntary aided school',
    4,
    'Local authority maintained schools',
    2,
    'Primary',
    4,
    11,
    80,
    ['Catholic Primary School', 'Church of England Voluntary Aided Primary School'],
  ],
  [
    3,
    'Voluntary controlled school',
    4,
    'Local authority maintained schools',
    2,
    'Primary',
    4,
    11,
    40,
    ['Church of England Primary School', 'CofE VC Primary School'],
  ],
  [
    5,
    'Foundation school',
    4,
    'Local authority maintained schools',
    4,
    'Secondary',
    11,
    16,
    25,
    ['High School', 'School'],
  ],
  [7, 'Community special school', 5, 'Special schools', 0, 'Not applicable', 2, 19, 20, ['Special School', 'School']],
  [8, 'Non-maintained special school', 5, 'Special schools', 0, 'Not applicable', 5, 19, 5, ['School', 'College']],
  [
    10,
    'Other independent special school',
    3,
    'Independent schools',
    0,
    'Not applicable',
    7,
    19,
    30,
    ['School', 'Learning Centre', 'Education Centre'],
  ],
  [
    11,
    'Other independent school',
    3,
    'Independent schools',
    0,
    'Not applicable',
    3,
    18,
    60,
    ['School', 'Preparatory School', 'College', 'Independent School'],
  ],
  [12, 'Foundation special school', 5, 'Special schools', 0, 'Not applicable', 3, 19, 3, ['School']],
  [
    14,
    'Pupil referral unit',
    4,
    'Local authority maintained schools',
    0,
    'Not applicable',
    5,
    16,
    15,
    ['Pupil Referral Unit', 'Short Stay School', 'Tuition Centre', 'Learning Centre'],
  ],
  [
    18,
    'Further education',
    1,
    'Colleges',
    0,
    'Not applicable',
    16,
    99,
    15,
    ['College', 'College of Further Education'],
  ],
  [28, 'Academy sponsor led', 10, 'Academies', 4, 'Secondary', 11, 18, 90, ['Academy', 'Primary Academy']],
  [31, 'Sixth form centres', 1, 'Colleges', 6, '16 plus', 16, 19, 3, ['Sixth Form College', 'Sixth Form Centre']],
  [33, 'Academy special sponsor led', 10, 'Academies', 0, 'Not applicable', 4, 19, 5, ['Academy', 'School']],
  [34, 'Academy converter', 10, 'Academies', 2, 'Primary', 4, 11, 200, ['Academy', 'Primary School', 'High School']],
  [35, 'Free schools', 11, 'Free Schools', 7, 'All-through', 4, 18, 20, ['Free School', 'School']],
  [36, 'Free schools special', 11, 'Free Schools', 0, 'Not applicable', 4, 19, 4, ['School']],
  [
    38,
    'Free schools alternative provision',
    11,
    'Free Schools',
    0,
    'Not applicable',
    11,
    16,
    3,
    ['AP Free School', 'Centre'],
  ],
  [
    42,
    'Academy alternative provision converter',
    10,
    'Academies',
    0,
    'Not applicable',
    5,
    16,
    4,
    ['AP Academy', 'Academy'],
  ],
  [
    43,
    'Academy alternative provision sponsor led',
    10,
    'Academies',
    0,
    'Not applicable',
    11,
    16,
    4,
    ['Academy', 'Learning Centre'],
  ],
  [44, 'Academy special converter', 10, 'Academies', 0, 'Not applicable', 2, 19, 10, ['School', 'Academy']],
  [49, 'Online provider', 13, 'Online provider', 0, 'Not applicable', 11, 18, 1, ['Online School', 'Virtual Academy']],
];
const TYPE_WEIGHT_TOTAL = TYPES.reduce((sum, t) => sum + t[8], 0);

// [status code, status name, weight]
const STATUSES = [
  [1, 'Open', 560],
  [2, 'Closed', 410],
  [3, 'Open, but proposed to close', 15],
  [4, 'Proposed to open', 15],
];
const CLOSE_REASONS = [
  'Academy Converter',
  'Closure',
  'Merged - expansion of existing establishment',
  'Academy Sponsor Led',
  'Other',
];
const SEN = [
  'SEMH - Social, Emotional and Mental Health',
  'ASD - Autistic Spectrum Disorder',
  'MLD - Moderate Learning Difficulty',
  'SLCN - Speech, language and Communication',
];

function createRow(rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const date = (y0, y1) =>
    `${String(int(1, 28)).padStart(2, '0')}-${String(int(1, 12)).padStart(2, '0')}-${int(y0, y1)}`;
  const postcode = () =>
    `${pick(['LS', 'BD', 'S', 'M', 'L', 'BS', 'NR', 'DE', 'LE', 'NG', 'CV', 'PL', 'HU', 'YO', 'NE', 'SO'])}${int(1, 29)} ${int(0, 9)}${pick(['A', 'B', 'D', 'E', 'F', 'G', 'H', 'J', 'L', 'N', 'P', 'Q', 'R', 'S', 'T', 'U', 'W', 'X', 'Y', 'Z'])}${pick(['A', 'B', 'D', 'E', 'F', 'G', 'H', 'J', 'L', 'N', 'P', 'Q', 'R', 'S', 'T', 'U', 'W', 'X', 'Y', 'Z'])}`;

  return (urn) => {
    let w = rand() * TYPE_WEIGHT_TOTAL;
    let type = TYPES[0];
    for (const t of TYPES)
      if ((w -= t[8]) < 0) {
        type = t;
        break;
      }
    let s = rand() * 1000;
    let status = STATUSES[0];
    for (const st of STATUSES)
      if ((s -= st[2]) < 0) {
        status = st;
        break;
      }
    const [la, laName] = pick(LAS);
    const [gor, gorName] = pick(GORS);
    const town = pick(TOWNS);
    const place = pick(PLACES);
    const r = rand();
    let name =
      r < 0.12
        ? `${pick(SAINTS)} ${type[9][0]}`
        : r < 0.18
          ? `The ${place} ${pick(type[9])}`
          : r < 0.22
            ? `${place} ${pick(type[9])}, ${town}` // a comma: the field is quoted
            : r < 0.23
              ? `The "${place}" ${pick(type[9])}` // quotes inside: doubled in the file
              : `${place} ${pick(type[9])}`;
    if (rand() < 0.02) name = `École ${name}`;
    const closed = status[0] === 2;
    const pupils = int(20, 1400);
    const boys = Math.floor(pupils * (0.4 + rand() * 0.2));
    const independent = type[2] === 3;
    const row = new Array(GIAS_COLUMNS.length).fill('');
    const set = (column, value) => {
      row[COLUMN_INDEX.get(column)] = value;
    };
    set('URN', urn);
    set('LA (code)', la);
    set('LA (name)', laName);
    set('EstablishmentNumber', int(1000, 7999));
    set('EstablishmentName', name);
    set('TypeOfEstablishment (code)', type[0]);
    set('TypeOfEstablishment (name)', type[1]);
    set('EstablishmentTypeGroup (code)', type[2]);
    set('EstablishmentTypeGroup (name)', type[3]);
    set('EstablishmentStatus (code)', status[0]);
    set('EstablishmentStatus (name)', status[1]);
    set('ReasonEstablishmentOpened (code)', rand() < 0.6 ? '00' : '09');
    set('ReasonEstablishmentOpened (name)', rand() < 0.6 ? 'Not applicable' : 'Academy Converter');
    set('OpenDate', rand() < 0.5 ? date(1950, 2024) : '');
    set('ReasonEstablishmentClosed (code)', closed ? '10' : '00');
    set('ReasonEstablishmentClosed (name)', closed ? pick(CLOSE_REASONS) : 'Not applicable');
    set('CloseDate', closed || status[0] === 3 ? date(closed ? 1990 : 2026, closed ? 2025 : 2027) : '');
    set('PhaseOfEducation (code)', type[4]);
    set('PhaseOfEducation (name)', type[5]);
    set('StatutoryLowAge', type[6]);
    set('StatutoryHighAge', type[7]);
    set('Boarders (code)', 1);
    set('Boarders (name)', 'No boarders');
    set('NurseryProvision (name)', rand() < 0.3 ? 'Has Nursery Classes' : 'No Nursery Classes');
    set('OfficialSixthForm (code)', 2);
    set('OfficialSixthForm (name)', 'Does not have a sixth form');
    set('Gender (code)', 3);
    set('Gender (name)', 'Mixed');
    set('ReligiousCharacter (code)', '00');
    set('ReligiousCharacter (name)', rand() < 0.7 ? 'Does not apply' : 'Church of England');
    set('ReligiousEthos (name)', 'Does not apply');
    set('Diocese (code)', '0000');
    set('Diocese (name)', 'Not applicable');
    set('AdmissionsPolicy (code)', 0);
    set('AdmissionsPolicy (name)', 'Not applicable');
    set('SchoolCapacity', pupils + int(0, 200));
    set('SpecialClasses (code)', 2);
    set('SpecialClasses (name)', 'No Special Classes');
    set('CensusDate', closed ? '' : '18-01-2024');
    set('NumberOfPupils', closed ? '' : pupils);
    set('NumberOfBoys', closed ? '' : boys);
    set('NumberOfGirls', closed ? '' : pupils - boys);
    set('PercentageFSM', closed ? '' : (rand() * 60).toFixed(1));
    set('TrustSchoolFlag (code)', 0);
    set('TrustSchoolFlag (name)', 'Not applicable');
    if (type[2] === 10) {
      set('Trusts (code)', int(2000, 17000));
      set('Trusts (name)', `${pick(PLACES).toUpperCase()} LEARNING TRUST`);
      set('SchoolSponsorFlag (name)', 'Linked to a sponsor');
      set('SchoolSponsors (name)', `${pick(PLACES)} Education Partnership, ${pick(TOWNS)}`);
    } else {
      set('SchoolSponsorFlag (name)', 'Not applicable');
    }
    set('FederationFlag (name)', 'Not under a federation');
    set('UKPRN', 10000000 + int(0, 99999));
    set('FurtherEducationType (name)', 'Not applicable');
    set('OfstedLastInsp', date(2015, 2024));
    set('OfstedSpecialMeasures (code)', 0);
    set('OfstedSpecialMeasures (name)', 'Not applicable');
    set('LastChangedDate', date(2023, 2024));
    set('Street', `${int(1, 200)} ${pick(STREETS)}`);
    set('Locality', rand() < 0.4 ? pick(PLACES) : '');
    set('Address3', rand() < 0.001 ? 'Unit 4\r\nBlock B' : ''); // a line break inside quotes, rarely
    set('Town', town);
    set('County (name)', rand() < 0.5 ? 'West Yorkshire' : '');
    set('Postcode', rand() < 0.003 ? '' : postcode());
    set('SchoolWebsite', `www.${place.toLowerCase().replace(/[^a-z]/g, '')}${urn}.sch.uk`);
    set('TelephoneNum', `0${int(1000000000, 1999999999)}`);
    set('HeadTitle (name)', pick(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr']));
    set('HeadFirstName', pick(FIRST));
    set('HeadLastName', pick(LAST));
    set('HeadPreferredJobTitle', pick(['Headteacher', 'Head of School', 'Principal', 'Executive Headteacher']));
    set('InspectorateReport', independent ? `https://reports.ofsted.gov.uk/provider/27/${urn}` : '');
    set('TeenMoth (name)', 'Not applicable');
    set('CCF (name)', 'Not applicable');
    set('SENPRU (name)', type[0] === 14 ? 'Has provision for SEN' : 'Not applicable');
    set('EBD (name)', type[0] === 14 ? 'Has provision for EBD' : 'Not applicable');
    set('PlacesPRU', type[0] === 14 ? int(10, 120) : '');
    set('FTProv (name)', type[0] === 14 ? 'Full time provision' : '');
    set('EdByOther (name)', type[0] === 14 ? 'Education by other providers' : '');
    set('Section41Approved (name)', independent ? 'Approved' : 'Not applicable');
    if (type[2] === 5 || type[0] === 10 || type[0] === 14) set('SEN1 (name)', pick(SEN));
    set('TypeOfResourcedProvision (name)', 'Not applicable');
    set('GOR (code)', gor);
    set('GOR (name)', gorName);
    set('DistrictAdministrative (code)', `E0800${int(1000, 9999)}`);
    set('DistrictAdministrative (name)', laName);
    set('AdministrativeWard (code)', `E0501${int(1000, 9999)}`);
    set('AdministrativeWard (name)', `${pick(PLACES)} & ${pick(PLACES)}`);
    set('ParliamentaryConstituency (code)', `E1400${int(1000, 1999)}`);
    set('ParliamentaryConstituency (name)', `${town} ${pick(['Central', 'North', 'East', 'South and West'])}`);
    set('UrbanRural (code)', pick(['A1', 'C1', 'D1', 'E1']));
    set(
      'UrbanRural (name)',
      pick([
        '(England/Wales) Urban major conurbation',
        '(England/Wales) Urban city and town',
        '(England/Wales) Rural village',
      ]),
    );
    set('GSSLACode (name)', `E0800${int(1000, 9999)}`);
    set('Easting', int(300000, 550000));
    set('Northing', int(100000, 600000));
    set('MSOA (name)', `${laName} ${String(int(1, 120)).padStart(3, '0')}`);
    set('LSOA (name)', `${laName} ${String(int(1, 120)).padStart(3, '0')}${pick(['A', 'B', 'C', 'D'])}`);
    set('InspectorateName (name)', independent ? 'Ofsted' : 'Not applicable');
    set('BoardingEstablishment (name)', 'Not applicable');
    set('PropsName', independent ? `${pick(PLACES)} Education Ltd` : '');
    set('PreviousLA (code)', 999);
    set('PreviousLA (name)', 'Not applicable');
    set('OfstedRating (name)', pick(['Good', 'Outstanding', 'Requires improvement', '']));
    set('RSCRegion (name)', gorName);
    set('Country (name)', 'United Kingdom');
    set('UPRN', 100000000000 + int(0, 99999999));
    set('QABName (code)', 0);
    set('QABName (name)', 'Not applicable');
    set('EstablishmentAccredited (code)', 0);
    set('EstablishmentAccredited (name)', 'Not applicable');
    set('MSOA (code)', `E0200${int(1000, 9999)}`);
    set('LSOA (code)', `E0100${int(1000, 9999)}`);
    set('FSM', closed ? '' : int(0, 400));
    return row;
  };
}

const COLUMN_INDEX = new Map(GIAS_COLUMNS.map((name, i) => [name, i]));

/** Writes `rows` synthetic establishments to `outPath`; returns the number of bytes written. */
export function generateGias(outPath, rows = 50000, seed = 20240129) {
  const rand = mulberry32(seed);
  const row = createRow(rand);
  const fd = openSync(outPath, 'w');
  let bytes = 0;
  try {
    // Lines are joined a thousand at a time: one flat string to encode, rather than a long chain of `+=`.
    let batch = [csvLine(GIAS_COLUMNS)];
    const flush = () => {
      bytes += writeSync(fd, encodeWindows1252(batch.join('')));
      batch = [];
    };
    let urn = 100000;
    for (let i = 0; i < rows; i++) {
      urn += 1 + Math.floor(rand() * 3);
      batch.push(csvLine(row(urn)));
      if (batch.length === 1000) flush();
    }
    if (batch.length > 0) flush();
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/**
 * The command line: writes the extract and says so on `stdout`, or the usage on `stderr`; returns the exit code
 * (2 for bad arguments).
 */
export function main(argv, stdout = process.stdout, stderr = process.stderr) {
  const positional = argv.filter((a) => !a.startsWith('--'));
  const seedArg = argv.find((a) => a.startsWith('--seed='));
  const [out, rowsArg] = positional;
  const rows = rowsArg === undefined ? 50000 : Number(rowsArg);
  const seed = seedArg === undefined ? undefined : Number(seedArg.slice('--seed='.length));
  if (!out || !Number.isInteger(rows) || rows < 0 || (seed !== undefined && !Number.isInteger(seed))) {
    stderr.write('usage: node scripts/gen-gias.mjs OUT.csv [rows=50000] [--seed=N]\n');
    return 2;
  }
  const started = performance.now();
  const bytes = generateGias(out, rows, seed);
  const ms = performance.now() - started;
  stdout.write(`wrote ${rows} establishments (${(bytes / 1e6).toFixed(1)} MB) to ${out} in ${ms.toFixed(0)} ms\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = main(process.argv.slice(2));
