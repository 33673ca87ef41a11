import {
  checkCsvHeader,
  csvRecordToRow,
  DEMAND_CSV,
  joinList,
  OFFER_CSV,
  rowToCsvRecord,
  splitList,
} from './interchange-csv.ts';

describe('the CSV form of the interchange format', () => {
  it('splits lists on semicolons, with \\; and \\\\ for the characters themselves', () => {
    expect(splitList('a; b ;;c')).toEqual(['a', 'b', 'c']);
    expect(splitList('Li\\;Fe;back\\\\slash')).toEqual(['Li;Fe', 'back\\slash']);
    expect(splitList(undefined)).toBeUndefined();
    for (const items of [['a', 'b'], ['x;y', 'z\\'], []]) expect(splitList(joinList(items)) ?? []).toEqual(items);
  });

  it('reads a record as the JSONL row it stands for: empty cells absent, numbers as numbers, money in two columns', () => {
    const row = csvRecordToRow(
      {
        externalId: 'd-1',
        title: 'Need',
        summary: '',
        country: 'BR',
        organizationName: 'Acme',
        organizationType: 'company',
        desiredTrlMin: '6',
        ipcCodes: '',
        keywords: 'a;b',
        budgetAmount: '1500000.50',
        budgetCurrency: 'BRL',
        deadline: '2027-01-31',
      },
      DEMAND_CSV,
    );
    expect(row).toEqual({
      externalId: 'd-1',
      title: 'Need',
      country: 'BR',
      deadline: '2027-01-31',
      organization: { name: 'Acme', type: 'company' },
      desiredTrlMin: 6,
      keywords: ['a', 'b'],
      budget: { amount: 1500000.5, currency: 'BRL' },
    });
    // Not a number: kept as text, so validation names the field; no money at all: null.
    expect(csvRecordToRow({ trl: 'six' }, OFFER_CSV)).toEqual({ trl: 'six', askingPrice: null });
  });

  it('writes a row back with the documented columns, in order', () => {
    const record = rowToCsvRecord(
      {
        externalId: 'o-1',
        title: 'T',
        summary: 'S',
        description: '',
        language: 'ru',
        country: 'RU',
        organization: { name: 'Институт', type: 'research_institute' },
        trl: 7,
        ipcCodes: ['H01M 10/54', 'C22B 7/00'],
        cooperationModes: ['licence'],
        keywords: ['a;b'],
        askingPrice: null,
      },
      OFFER_CSV,
    );
    expect(Object.keys(record)).toEqual([...OFFER_CSV.columns]);
    expect(record).toMatchObject({
      organizationName: 'Институт',
      trl: '7',
      ipcCodes: 'H01M 10/54;C22B 7/00',
      keywords: 'a\\;b',
      askingPriceAmount: '',
      askingPriceCurrency: '',
    });
  });

  it('names unknown and repeated header columns', () => {
    expect(checkCsvHeader(['externalId', 'title', 'trl'], OFFER_CSV)).toEqual([]);
    expect(checkCsvHeader(['externalId', 'deadline', 'title', 'title'], OFFER_CSV)).toEqual([
      'unknown column "deadline"',
      'column "title" appears twice',
    ]);
  });
});
