import { mkdtempSync, writeFileSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGias, GiasError, giasDateToIso, isOpenStatus, type GiasIndex } from '../../src/gias/reader.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/gias');
const SAMPLE = join(FIXTURES, 'edubasealldata-sample.csv');
const tmp = mkdtempSync(join(tmpdir(), 'ap-ready-gias-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let fileCount = 0;
function tmpFile(content: string | Buffer, name = `extract-${++fileCount}.csv`): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

/** Windows-1252 bytes for test text (the few non-Latin-1 characters the tests use). */
function cp1252(text: string): Buffer {
  const high: Record<string, number> = {
    '€': 0x80,
    '‘': 0x91,
    '’': 0x92,
    '“': 0x93,
    '”': 0x94,
    '–': 0x96,
    '—': 0x97,
    œ: 0x9c,
    Ÿ: 0x9f,
  };
  return Buffer.from(Array.from(text, (c) => high[c] ?? c.charCodeAt(0)));
}

const HEADER = 'URN,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),Postcode';

async function loadError(path: string): Promise<GiasError> {
  try {
    await loadGias(path);
  } catch (err) {
    expect(err).toBeInstanceOf(GiasError);
    return err as GiasError;
  }
  throw new Error(`expected ${path} to fail`);
}

describe('the sample fixture (Windows-1252, 140 columns, CR LF)', () => {
  let gias: GiasIndex;
  it('loads every establishment', async () => {
    gias = await loadGias(SAMPLE);
    expect(gias.size).toBe(16);
    expect(gias.path).toBe(SAMPLE);
    expect(gias.encoding).toBe('windows-1252');
  });

  it.each([
    // urn, name, type, status, open, closeDate, postcode
    ['900101', 'Brookside Pupil Referral Unit', 'Pupil referral unit', 'Open', true, undefined, 'LS9 8QT'],
    ['900102', 'École Saint-Éloi Learning Centre', 'Other independent school', 'Open', true, undefined, 'BD1 4QQ'],
    [
      '900103',
      'St Mary’s Alternative Provision Academy',
      'Academy alternative provision sponsor led',
      'Open',
      true,
      undefined,
      'WF1 2ZX',
    ],
    [
      '900104',
      'Oakwood Tuition Centre, Halifax',
      'Academy alternative provision converter',
      'Open',
      true,
      undefined,
      'HX3 5QW',
    ],
    ['900105', 'The "Bridge" Hub', 'Free schools alternative provision', 'Open', true, undefined, 'HD1 9QZ'],
    [
      '900106',
      'Zoë Brontë Independent Special School',
      'Other independent special school',
      'Open',
      true,
      undefined,
      'BD22 8XQ',
    ],
    ['900107', 'Greenfield Secondary Support Centre', 'Pupil referral unit', 'Closed', false, '2023-08-31', 'LS12 6QX'],
    ['900108', 'Greenfield Academy', 'Academy alternative provision converter', 'Open', true, undefined, 'LS12 6QX'],
    [
      '900109',
      'Northgate Learning Hub',
      'Free schools alternative provision',
      'Proposed to open',
      false,
      undefined,
      'WF1 3QY',
    ],
    [
      '900110',
      'Riverside Short Stay School',
      'Pupil referral unit',
      'Open, but proposed to close',
      true,
      '2026-08-31',
      'WF13 1QZ',
    ],
    ['900111', 'Hillcrest Online Academy', 'Online provider', 'Open', true, undefined, ''],
    [
      '900115',
      'Crème de la Crème Café Skills – Vocational',
      'Other independent school',
      'Open',
      true,
      undefined,
      'LS1 6QZ',
    ],
  ])('%s: %s', async (urn, name, type, status, open, closeDate, postcode) => {
    gias ??= await loadGias(SAMPLE);
    const e = gias.get(urn);
    expect(e).toBeDefined();
    expect(e?.urn).toBe(urn);
    expect(e?.name).toBe(name);
    expect(e?.type).toBe(type);
    expect(e?.status).toBe(status);
    expect(e?.open).toBe(open);
    expect(e?.closeDate).toBe(closeDate);
    expect(e?.postcode).toBe(postcode);
  });

  it('keeps the optional columns: street, town, open date, type group', async () => {
    gias ??= await loadGias(SAMPLE);
    expect(gias.get('900102')).toMatchObject({
      street: 'Rue House, 3 Mill Lane',
      town: 'Bradford',
      typeGroup: 'Independent schools',
    });
    expect(gias.get('900108')).toMatchObject({ openDate: '2023-09-01', typeGroup: 'Academies' });
    const online = gias.get('900111');
    expect(online?.street).toBeUndefined();
    expect(online?.town).toBeUndefined();
  });

  it('a line break inside a quoted field does not split the row', async () => {
    gias ??= await loadGias(SAMPLE);
    expect(gias.get('900104')?.town).toBe('Halifax');
    expect(gias.get('900105')?.name).toBe('The "Bridge" Hub');
  });

  it('looks a URN up as a number or as a string with spaces', async () => {
    gias ??= await loadGias(SAMPLE);
    expect(gias.get(900101)?.name).toBe('Brookside Pupil Referral Unit');
    expect(gias.get(' 900101 ')?.name).toBe('Brookside Pupil Referral Unit');
    expect(gias.get('999999')).toBeUndefined();
    expect(gias.get(123)).toBeUndefined();
  });

  it('gives the same result however the file is cut into chunks', async () => {
    const whole = await loadGias(SAMPLE);
    for (const highWaterMark of [1, 2, 3, 7, 64, 1000]) {
      const chunked = await loadGias(SAMPLE, { highWaterMark });
      expect(chunked.size).toBe(whole.size);
      for (let urn = 900101; urn <= 900116; urn++) expect(chunked.get(urn)).toEqual(whole.get(urn));
    }
  }, 30_000);
});

describe('decoding', () => {
  const names = [
    'École Saint-Éloi',
    'St Mary’s Centre',
    'Zoë Brontë',
    'Crème – “Café” ‘Skills’ — €5 œuvre Ÿ',
    "O'Neill's Tuition",
    'Ålesund Ørsted Çelik Ñandú',
  ];

  it.each(names)('Windows-1252: %s', async (name) => {
    const path = tmpFile(Buffer.concat([cp1252(`${HEADER}\r\n900001,"${name}",Pupil referral unit,Open,LS1 1AA\r\n`)]));
    const gias = await loadGias(path);
    expect(gias.encoding).toBe('windows-1252');
    expect(gias.get('900001')?.name).toBe(name);
  });

  it.each(names)('UTF-8 with a byte order mark: %s', async (name) => {
    const path = tmpFile(
      Buffer.from(`\uFEFF${HEADER}\r\n900001,"${name}",Pupil referral unit,Open,LS1 1AA\r\n`, 'utf8'),
    );
    const gias = await loadGias(path);
    expect(gias.encoding).toBe('utf-8');
    expect(gias.get('900001')?.name).toBe(name);
  });

  it('UTF-8 without a byte order mark is recognised when every byte is valid UTF-8', async () => {
    const path = tmpFile(Buffer.from(`${HEADER}\n900001,École Zoë’s,Pupil referral unit,Open,LS1 1AA\n`, 'utf8'));
    const gias = await loadGias(path);
    expect(gias.encoding).toBe('utf-8');
    expect(gias.get('900001')?.name).toBe('École Zoë’s');
  });

  it('UTF-8 split across tiny chunks decodes whole characters', async () => {
    const path = tmpFile(
      Buffer.from(`\uFEFF${HEADER}\n900001,École “Zoë’s” – Ñ,Pupil referral unit,Open,LS1 1AA\n`, 'utf8'),
    );
    for (const highWaterMark of [1, 2, 3, 5]) {
      expect((await loadGias(path, { highWaterMark })).get('900001')?.name).toBe('École “Zoë’s” – Ñ');
    }
  });

  it('a Windows-1252 byte that happens to start a UTF-8 sequence is still Windows-1252', async () => {
    // 0xC3 0xA9 is "é" in UTF-8 but "Ã©" in Windows-1252; the 0x92 elsewhere makes the file invalid UTF-8.
    const bytes = Buffer.concat([
      cp1252(`${HEADER}\r\n900001,St Mary’s,Pupil referral unit,Open,LS1 1AA\r\n900002,`),
      Buffer.from([0xc3, 0xa9]),
      cp1252(`cole,Pupil referral unit,Open,LS1 1AB\r\n`),
    ]);
    const gias = await loadGias(tmpFile(bytes));
    expect(gias.encoding).toBe('windows-1252');
    expect(gias.get('900002')?.name).toBe('Ã©cole');
  });
});

describe('CSV quoting and line ends', () => {
  it.each([
    ['a plain field', 'Brookside Centre', 'Brookside Centre'],
    ['a quoted field with a comma', '"Oakwood, Halifax"', 'Oakwood, Halifax'],
    ['doubled quotes', '"The ""Bridge"" Hub"', 'The "Bridge" Hub'],
    ['only a doubled quote', '""""', '"'],
    ['a line break inside quotes', '"Unit 2\r\nCalder Works"', 'Unit 2\r\nCalder Works'],
    ['an LF inside quotes', '"Unit 2\nCalder Works"', 'Unit 2\nCalder Works'],
    ['an empty quoted field', '""', ''],
    ['a quoted field ending in a comma', '"Hub,"', 'Hub,'],
    ['spaces around the value', '  Padded Name  ', 'Padded Name'],
    ['text after a closing quote', '"Quoted" tail', 'Quoted tail'],
  ])('%s', async (_label, field, expected) => {
    for (const eol of ['\r\n', '\n']) {
      const path = tmpFile(
        `${HEADER}${eol}900001,${field},Pupil referral unit,Open,LS1 1AA${eol}900002,Next,Pupil referral unit,Open,LS1 1AB${eol}`,
      );
      for (const highWaterMark of [undefined, 1, 2, 3]) {
        const gias = await loadGias(path, { highWaterMark });
        expect(gias.get('900001')?.name).toBe(expected);
        expect(gias.get('900002')?.name).toBe('Next');
      }
    }
  });

  it.each([
    ['no line break after the last row', `${HEADER}\r\n900001,A,Pupil referral unit,Open,LS1 1AA`],
    ['no line break after a quoted last field', `${HEADER}\r\n900001,A,Pupil referral unit,Open,"LS1 1AA"`],
    ['blank lines', `\r\n${HEADER}\r\n\r\n900001,A,Pupil referral unit,Open,LS1 1AA\r\n\r\n`],
    ['a row with fewer columns than the header', `${HEADER},Town\r\n900001,A,Pupil referral unit,Open,LS1 1AA\r\n`],
    [
      'a row with more columns than the header',
      `${HEADER}\r\n900001,A,Pupil referral unit,Open,LS1 1AA,extra,"more, here"\r\n`,
    ],
  ])('%s', async (_label, text) => {
    for (const highWaterMark of [undefined, 1, 4]) {
      const gias = await loadGias(tmpFile(text), { highWaterMark });
      expect(gias.size).toBe(1);
      expect(gias.get('900001')).toMatchObject({ name: 'A', postcode: 'LS1 1AA', open: true });
    }
  });

  it.each([
    ['a quoted line break', '"Unit 2\r\nCalder Works"'],
    ['doubled quotes and commas', '"SEMH - Social, ""Emotional"" and Mental Health"'],
    ['a quoted field ending the row', 'x,"a\nb"'],
    ['quotes only', '""""'],
    ['an empty quoted field', '""'],
  ])('columns after the last kept one are skipped correctly: %s', async (_label, rest) => {
    const text = `${HEADER},Notes,More\r\n900001,A,Pupil referral unit,Open,LS1 1AA,${rest}\r\n900002,B,Pupil referral unit,Open,LS1 1AB,${rest}\r\n`;
    const path = tmpFile(text);
    for (const highWaterMark of [undefined, 1, 2, 3, 5]) {
      const gias = await loadGias(path, { highWaterMark });
      expect(gias.size).toBe(2);
      expect(gias.get('900001')?.postcode).toBe('LS1 1AA');
      expect(gias.get('900002')).toMatchObject({ name: 'B', postcode: 'LS1 1AB' });
    }
  });

  it.each([
    ['plain unkept fields', 'a,b', 'c,d,e', 'f,g'],
    ['quoted commas in the unkept runs', '"a,1",b', 'c,"d,2","e ""3"""', '"f\r\ng",h'],
    ['empty unkept fields', ',', ',,', ','],
    ['a quote inside an unquoted unkept field', 'a"b,c', 'd,e"f,g', 'h,i'],
  ])('runs of unkept columns between kept ones: %s', async (_label, run1, run2, run3) => {
    const header = `A,B,URN,C,D,E,EstablishmentName,F,G,TypeOfEstablishment (name),EstablishmentStatus (name),Postcode,H,I`;
    const row = (urn: string, name: string) =>
      `${run1},${urn},${run2},${name},${run3},Pupil referral unit,Open,LS1 1AA,x,y`;
    const path = tmpFile(`${header}\r\n${row('900001', '"One, Two"')}\r\n${row('900002', 'Three')}\r\n`);
    for (const highWaterMark of [undefined, 1, 2, 3, 7, 13]) {
      const gias = await loadGias(path, { highWaterMark });
      expect(gias.size).toBe(2);
      expect(gias.get('900001')).toMatchObject({
        name: 'One, Two',
        type: 'Pupil referral unit',
        status: 'Open',
        postcode: 'LS1 1AA',
      });
      expect(gias.get('900002')).toMatchObject({
        name: 'Three',
        type: 'Pupil referral unit',
        status: 'Open',
        postcode: 'LS1 1AA',
      });
    }
  });

  it('a quote left open after the last kept column is reported', async () => {
    const err = await loadError(tmpFile(`${HEADER},Notes\n900001,A,Pupil referral unit,Open,LS1 1AA,"open\n`));
    expect(err.code).toBe('malformed');
  });

  it('a trailing comma at the very end of the file is an empty last field', async () => {
    const path = tmpFile(
      'URN,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),Town,Postcode\n900001,A,Pupil referral unit,Open,Leeds,',
    );
    expect((await loadGias(path)).get('900001')).toMatchObject({ town: 'Leeds', postcode: '' });
  });

  it('a stray NUL byte inside a field (after the first 4 KB) does not shift the fields', async () => {
    const padding = Array.from(
      { length: 150 },
      (_, k) => `8${String(k).padStart(5, '0')},Row ${k},Pupil referral unit,Open,LS1 1AA`,
    ).join('\n');
    const path = tmpFile(
      `${HEADER}\n${padding}\n900001,Nul\u0000Name,Pupil referral unit,Open,LS1 1AA\n900002,After,Pupil referral unit,Closed,LS1 1AB\n`,
    );
    for (const highWaterMark of [undefined, 64]) {
      const gias = await loadGias(path, { highWaterMark });
      expect(gias.get('900001')).toMatchObject({
        name: 'Nul\u0000Name',
        type: 'Pupil referral unit',
        postcode: 'LS1 1AA',
      });
      expect(gias.get('900002')).toMatchObject({ name: 'After', status: 'Closed', open: false });
      expect(gias.get('800000')).toMatchObject({ name: 'Row 0' });
    }
  });

  it('returns the same object for repeated look-ups', async () => {
    const gias = await loadGias(SAMPLE);
    expect(gias.get('900101')).toBe(gias.get(900101));
  });

  it('skips rows without a URN and keeps the first of a repeated URN', async () => {
    const path = tmpFile(
      `${HEADER}\n,No URN,Pupil referral unit,Open,LS1 1AA\n900001,First,Pupil referral unit,Open,LS1 1AA\n900001,Second,Pupil referral unit,Closed,LS1 1AA\n`,
    );
    const gias = await loadGias(path);
    expect(gias.size).toBe(1);
    expect(gias.get('900001')?.name).toBe('First');
  });
});

describe('columns are found by name', () => {
  const columns = [
    'LA (code)',
    'URN',
    'Town',
    'EstablishmentStatus (name)',
    'Easting',
    'CloseDate',
    'EstablishmentName',
    'Postcode',
    'Street',
    'TypeOfEstablishment (code)',
    'TypeOfEstablishment (name)',
    'OpenDate',
    'EstablishmentTypeGroup (name)',
    'SchoolWebsite',
  ];
  const values: Record<string, string> = {
    'LA (code)': '383',
    URN: '900001',
    Town: 'Leeds',
    'EstablishmentStatus (name)': 'Closed',
    Easting: '430000',
    CloseDate: '31-08-2023',
    EstablishmentName: 'Greenfield, Centre',
    Postcode: 'LS12 6QX',
    Street: '40 Greenfield Road',
    'TypeOfEstablishment (code)': '14',
    'TypeOfEstablishment (name)': 'Pupil referral unit',
    OpenDate: '01/09/2001',
    'EstablishmentTypeGroup (name)': 'Local authority maintained schools',
    SchoolWebsite: 'www.example.sch.uk',
  };
  const expected = {
    urn: '900001',
    name: 'Greenfield, Centre',
    type: 'Pupil referral unit',
    status: 'Closed',
    postcode: 'LS12 6QX',
    street: '40 Greenfield Road',
    town: 'Leeds',
    closeDate: '2023-08-31',
    openDate: '2001-09-01',
    typeGroup: 'Local authority maintained schools',
    open: false,
  };
  const quote = (v: string) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

  // Deterministic shuffles (a small LCG), so a failure can be reproduced.
  function shuffled(seed: number): string[] {
    const order = [...columns];
    let state = seed;
    for (let i = order.length - 1; i > 0; i--) {
      state = (state * 1103515245 + 12345) % 2147483648;
      const j = state % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    return order;
  }

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('shuffled order #%i', async (seed) => {
    const order = shuffled(seed);
    const path = tmpFile(`${order.map(quote).join(',')}\r\n${order.map((c) => quote(values[c])).join(',')}\r\n`);
    expect((await loadGias(path)).get('900001')).toEqual(expected);
  });

  it('only the required columns: the optional ones are left out', async () => {
    const path = tmpFile(
      `Postcode,EstablishmentStatus (name),TypeOfEstablishment (name),EstablishmentName,URN\n"LS1 1AA",Open,Online provider,Web School,900001\n`,
    );
    expect((await loadGias(path)).get('900001')).toStrictEqual({
      urn: '900001',
      name: 'Web School',
      type: 'Online provider',
      status: 'Open',
      postcode: 'LS1 1AA',
      open: true,
    });
  });

  it('header names are matched ignoring case and surrounding spaces', async () => {
    const path = tmpFile(
      ` urn ,ESTABLISHMENTNAME,typeofestablishment (name),EstablishmentStatus (Name) ,postcode\n900001,A,Pupil referral unit,Open,LS1 1AA\n`,
    );
    expect((await loadGias(path)).get('900001')?.name).toBe('A');
  });
});

describe('status', () => {
  it.each([
    ['Open', true],
    ['Open, but proposed to close', true],
    ['Closed', false],
    ['Proposed to open', false],
    [' open ', true],
    ['', false],
  ])('%j → open %s', async (status, open) => {
    expect(isOpenStatus(status)).toBe(open);
    const path = tmpFile(`${HEADER}\n900001,A,Pupil referral unit,"${status}",LS1 1AA\n`);
    expect((await loadGias(path)).get('900001')?.open).toBe(open);
  });
});

describe('dates', () => {
  it.each([
    ['31-08-2023', '2023-08-31'],
    ['31/08/2023', '2023-08-31'],
    ['1-9-2001', '2001-09-01'],
    ['29-02-2024', '2024-02-29'],
    ['2023-08-31', '2023-08-31'],
    [' 01-04-2019 ', '2019-04-01'],
    ['29-02-2023', undefined],
    ['31-04-2023', undefined],
    ['00-01-2023', undefined],
    ['01-13-2023', undefined],
    ['', undefined],
    ['not a date', undefined],
  ])('%j → %s', (value, iso) => {
    expect(giasDateToIso(value)).toBe(iso);
  });
});

describe('errors: plain-English GiasError values', () => {
  it('a missing file', async () => {
    const path = join(tmp, 'no-such-edubasealldata.csv');
    const err = await loadError(path);
    expect(err.code).toBe('not-found');
    expect(err.message).toBe(
      `GIAS extract not found: ${path}. Download the all-establishments CSV from Get Information About Schools, ` +
        "or fix the path given by --gias / the config's gias: setting.",
    );
  });

  it('a path under a file that is not a directory', async () => {
    expect((await loadError(join(SAMPLE, 'x.csv'))).code).toBe('not-found');
  });

  it('a directory', async () => {
    const dir = join(tmp, 'a-directory');
    mkdirSync(dir);
    const err = await loadError(dir);
    expect(err.code).toBe('unreadable');
    expect(err.message).toContain('is a directory');
  });

  it('a CSV that is not a GIAS extract names every missing column (its "postcode" column counts)', async () => {
    const path = join(FIXTURES, 'not-gias.csv');
    const err = await loadError(path);
    expect(err.code).toBe('not-gias');
    expect(err.message).toBe(
      `${path} is not a GIAS establishment extract: the header has no columns 'URN', 'EstablishmentName', ` +
        "'TypeOfEstablishment (name)', 'EstablishmentStatus (name)'. " +
        'Use the all-establishments CSV (edubasealldata*.csv) downloaded from Get Information About Schools.',
    );
  });

  it.each([
    ['TypeOfEstablishment (name)', "the header has no column 'TypeOfEstablishment (name)'."],
    ['Postcode', "the header has no column 'Postcode'."],
  ])('one missing column: %s', async (column, phrase) => {
    const header = HEADER.split(',')
      .filter((c) => c !== column)
      .join(',');
    const err = await loadError(tmpFile(`${header}\n900001,A,B,C\n`));
    expect(err.code).toBe('not-gias');
    expect(err.message).toContain(`is not a GIAS establishment extract: ${phrase}`);
  });

  it('a header-only extract has no establishments', async () => {
    const path = join(FIXTURES, 'edubasealldata-header-only.csv');
    const err = await loadError(path);
    expect(err.code).toBe('no-rows');
    expect(err.message).toContain(`GIAS extract ${path} has a header but no establishments.`);
  });

  it.each([
    ['an empty file', ''],
    ['only blank lines', '\r\n\r\n\n'],
    ['only a byte order mark', '\uFEFF'],
  ])('%s', async (_label, content) => {
    const path = tmpFile(content);
    const err = await loadError(path);
    expect(err.code).toBe('empty');
    expect(err.message).toMatch(
      new RegExp(`^GIAS extract is empty: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\. Download`),
    );
  });

  it('a quote that is never closed', async () => {
    const err = await loadError(
      tmpFile(`${HEADER}\n900001,"Unclosed,Pupil referral unit,Open,LS1 1AA\n900002,B,C,Open,LS1 1AB\n`),
    );
    expect(err.code).toBe('malformed');
    expect(err.message).toContain('a quoted field in row 2 is never closed');
  });

  it.each([
    ['an Excel workbook', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), 'Excel workbook'],
    ['UTF-16 text', Buffer.from(`\uFEFF${HEADER}\r\n`, 'utf16le'), 'UTF-16'],
    ['a binary file', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]), 'binary'],
  ])('%s is not a CSV', async (_label, bytes, phrase) => {
    const err = await loadError(tmpFile(bytes));
    expect(err.code).toBe('not-csv');
    expect(err.message).toContain('is not a GIAS establishment extract');
    expect(err.message).toContain(phrase);
  });

  it('GiasError is an Error with a name, code and path', async () => {
    const err = await loadError(join(tmp, 'missing.csv'));
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('GiasError');
    expect(err.path).toBe(join(tmp, 'missing.csv'));
  });
});

describe('the fixture files', () => {
  it('the sample is Windows-1252 bytes: ’ is 0x92, É is 0xC9, – is 0x96, and not UTF-8', () => {
    const bytes = readFileSync(SAMPLE);
    expect(bytes.includes(Buffer.from([0x92]))).toBe(true);
    expect(bytes.includes(Buffer.from([0xc9]))).toBe(true);
    expect(bytes.includes(Buffer.from([0x96]))).toBe(true);
    expect(bytes.includes(Buffer.from('É', 'utf8'))).toBe(false);
  });
});
