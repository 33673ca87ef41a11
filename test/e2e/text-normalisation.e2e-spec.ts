import type { NestExpressApplication } from '@nestjs/platform-express';
import type pg from 'pg';
import request from 'supertest';
import { startApi } from './support/api-app.ts';
import { type Cast, seedCast } from './support/accounts.ts';
import { runSchemaClient } from './support/database.ts';
import { offerBody } from './support/postings.ts';

/** The same words in decomposed (NFD) and composed (NFC) form: equal to a reader, not byte for byte. */
const TEXT = {
  title: { nfd: 'Caf\u0065\u0301 filters', nfc: 'Caf\u00e9 filters' },
  summary: { nfd: 'Vie\u0302\u0323t Nam: ce\u0301ramique', nfc: 'Vi\u1ec7t Nam: c\u00e9ramique' },
  description: { nfd: '\u1112\u1161\u11ab\u1100\u116e\u11a8 partners', nfc: '\ud55c\uad6d partners' },
  keyword: { nfd: 'n\u0303', nfc: '\u00f1' },
  contact: { nfd: 'Jose\u0301 Nu\u0301n\u0303ez', nfc: 'Jos\u00e9 N\u00fa\u00f1ez' },
};

describe('text is stored NFC-normalised', () => {
  let app: NestExpressApplication;
  let cast: Cast;
  let db: pg.Client;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await startApi();
    cast = await seedCast(app);
    db = await runSchemaClient();
  });
  afterAll(async () => {
    await db.end();
    await app.close();
  });

  it('the test texts differ as sent and agree once composed', () => {
    for (const { nfd, nfc } of Object.values(TEXT)) {
      expect(nfd).not.toBe(nfc);
      expect(nfd.normalize('NFC')).toBe(nfc);
    }
  });

  const body = (pick: 'nfd' | 'nfc', overrides: Record<string, unknown> = {}) =>
    offerBody({
      confidential: { contactPerson: TEXT.contact[pick] },
      translations: [
        {
          language: 'fr',
          origin: 'original',
          title: TEXT.title[pick],
          summary: TEXT.summary[pick],
          description: TEXT.description[pick],
          keywords: [TEXT.keyword[pick]],
        },
      ],
      ...overrides,
    });

  async function expectStoredNfc(id: string): Promise<void> {
    const read = await http().get(`/api/v1/offers/${id}`).set(cast.memberA.auth).expect(200);
    expect(read.body.translations[0]).toMatchObject({
      title: TEXT.title.nfc,
      summary: TEXT.summary.nfc,
      description: TEXT.description.nfc,
      keywords: [TEXT.keyword.nfc],
    });
    expect(read.body.confidential.contactPerson).toBe(TEXT.contact.nfc);
    // And in the database itself, byte for byte.
    const { rows } = await db.query(
      `SELECT t.title, t.summary, t.description, t.keywords, o.confidential->>'contactPerson' AS contact
         FROM offer o JOIN offer_translation t ON t.offer_id = o.id WHERE o.id = $1`,
      [id],
    );
    expect(rows).toEqual([
      {
        title: TEXT.title.nfc,
        summary: TEXT.summary.nfc,
        description: TEXT.description.nfc,
        keywords: [TEXT.keyword.nfc],
        contact: TEXT.contact.nfc,
      },
    ]);
  }

  it('on create: a title sent as NFD (Caf\\u0065\\u0301) reads back NFC (Caf\\u00e9), as do the other texts', async () => {
    const created = await http().post('/api/v1/offers').set(cast.memberA.auth).send(body('nfd')).expect(201);
    expect(created.body.translations[0].title).toBe(TEXT.title.nfc);
    await expectStoredNfc(created.body.id);
  });

  it('on update', async () => {
    const created = await http().post('/api/v1/offers').set(cast.memberA.auth).send(offerBody()).expect(201);
    await http()
      .put(`/api/v1/offers/${created.body.id}`)
      .set(cast.memberA.auth)
      .send(body('nfd', { version: 1 }))
      .expect(200);
    await expectStoredNfc(created.body.id);
  });

  it('so the two forms are one text: a title of 300 composed characters fits, however it is sent', async () => {
    const title = 'e\u0301'.repeat(300); // 600 UTF-16 units in NFD, 300 characters once composed
    const created = await http()
      .post('/api/v1/offers')
      .set(cast.memberA.auth)
      .send(offerBody({ translations: [{ language: 'fr', origin: 'original', title }] }))
      .expect(201);
    expect(created.body.translations[0].title).toBe('\u00e9'.repeat(300));
  });

  it('organisation names too', async () => {
    const res = await http()
      .post('/api/v1/organizations')
      .set(cast.admin.auth)
      .send({ name: `Universite\u0301 ${Date.now()}`, type: 'university', country: 'FR' })
      .expect(201);
    expect(res.body.name.startsWith('Universit\u00e9 ')).toBe(true);
  });
});
