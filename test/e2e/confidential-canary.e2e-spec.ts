import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes, randomInt } from 'node:crypto';
import request from 'supertest';
import { startApi } from './support/api-app.ts';
import { type Actor, type Cast, seedCast } from './support/accounts.ts';
import {
  bodyFor,
  type FixtureStatus,
  POSTING_KINDS,
  type PostingKind,
  type PostingRef,
  postingIn,
} from './support/postings.ts';

/**
 * Canaries: one unique value in every confidential field of organisation A's postings. A member
 * of organisation B crawls every GET route and must never meet one; the owner's members and a
 * broker crawl the same routes and must meet every one (else the crawl proves nothing).
 */
const RUN = randomBytes(5).toString('hex');
const CANARY = `cnry${RUN}`;
const digits = () => String(randomInt(1000, 9999));
const CANARIES = {
  contactPerson: `Dr. ${CANARY} Contactperson`,
  email: `${CANARY}@confidential.example`,
  // Phones allow no letters: a digit pattern no other field produces.
  phone: `+999 (0) ${digits()}-${digits()}-${digits()}`,
  technicalDetail: `Sintering at 1180 °C, recipe ${CANARY}-technical`,
  // Amounts of confidential prices, as JSON writes them.
  askingPrice: `${randomInt(100_000, 999_999)}.37`,
  budget: `${randomInt(100_000, 999_999)}.83`,
  // What the broker writes in a review: for the owner and the reviewers only.
  reviewComment: `Reviewer note ${CANARY}-review`,
};

const STATUSES: FixtureStatus[] = [
  'draft',
  'pending_review',
  'published',
  'rejected',
  'on_hold',
  'archived',
  'expired',
];

const canaryBody = (kind: PostingKind) =>
  bodyFor(kind, {
    confidential: {
      contactPerson: CANARIES.contactPerson,
      email: CANARIES.email,
      phone: CANARIES.phone,
      technicalDetail: CANARIES.technicalDetail,
    },
    ...(kind === 'offers'
      ? { askingPrice: { amount: Number(CANARIES.askingPrice), currency: 'EUR' }, priceConfidential: true }
      : { budget: { amount: Number(CANARIES.budget), currency: 'CNY' }, budgetConfidential: true }),
  });

interface Seen {
  url: string;
  status: number;
  text: string;
}

describe('confidential fields: canary crawl', () => {
  let app: NestExpressApplication;
  let cast: Cast;
  const postings: PostingRef[] = [];
  const startedAt = new Date(Date.now() - 60_000).toISOString();
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await startApi();
    cast = await seedCast(app);
    for (const kind of POSTING_KINDS) {
      for (const status of STATUSES) {
        postings.push(
          await postingIn(
            app,
            kind,
            status,
            { owner: cast.memberA, reviewer: cast.broker },
            { body: canaryBody(kind), reviewComment: CANARIES.reviewComment },
          ),
        );
      }
      // B's own posting, so B's crawl also reads confidential fields (its own) and finds no canary there.
      await postingIn(app, kind, 'draft', { owner: cast.memberB, reviewer: cast.broker });
    }
  });
  afterAll(() => app.close());

  /** Every GET route, with many filters and page sizes, every posting id it knows or meets. */
  async function crawl(actor: Actor): Promise<Seen[]> {
    const seen: Seen[] = [];
    const get = async (url: string) => {
      const res = await http().get(url).set(actor.auth);
      seen.push({ url, status: res.status, text: res.text });
      return res;
    };
    await get('/api/v1/users/me');
    await get('/api/v1/organizations?pageSize=100');
    await get(`/api/v1/organizations/${cast.orgA}`);
    for (const kind of POSTING_KINDS) {
      const ids = new Set(postings.filter((p) => p.kind === kind).map((p) => p.id));
      const list = async (query: string) => {
        const res = await get(`/api/v1/${kind}?${query}`);
        expect(res.status).toBe(200);
        for (const item of res.body.items as { id: string }[]) ids.add(item.id);
        return res.body.meta as { total: number };
      };
      const queries = [
        '',
        'pageSize=1',
        'pageSize=5',
        'pageSize=100',
        'page=2&pageSize=5',
        ...STATUSES.map((s) => `status=${s}&pageSize=100`),
        `organizationId=${cast.orgA}&pageSize=100`,
        `organizationId=${cast.orgA}&status=draft`,
        `organizationId=${cast.orgA}&status=published`,
        'country=RU&pageSize=100',
        'country=CN&pageSize=100',
        ...['ru', 'en', 'zh'].map((l) => `language=${l}&pageSize=100`),
        'trlMin=1&trlMax=9&pageSize=100',
        'trlMin=5&pageSize=100',
        'mode=licence&pageSize=100',
        'mode=joint_development&pageSize=100',
        `updatedSince=${startedAt}&pageSize=100`,
        ...['-updatedAt', 'updatedAt', '-createdAt', 'createdAt'].map((s) => `sort=${s}&pageSize=100`),
      ];
      for (const query of queries) await list(query);
      // Organisation A's postings one per page, to the end.
      const { total } = await list(`organizationId=${cast.orgA}&pageSize=1`);
      for (let page = 2; page <= total; page++) await list(`organizationId=${cast.orgA}&pageSize=1&page=${page}`);
      for (const id of ids) {
        await get(`/api/v1/${kind}/${id}`);
        await get(`/api/v1/${kind}/${id}/reviews`);
      }
    }
    return seen;
  }

  const leaks = (seen: Seen[]) =>
    seen.flatMap(({ url, text }) =>
      Object.entries(CANARIES)
        .filter(([, canary]) => text.includes(canary))
        .map(([field]) => `${field} in GET ${url}`),
    );

  it('never shows a member of another organisation any of them, on any GET route', async () => {
    const seen = await crawl(cast.memberB);
    process.stdout.write(`[canary] member of B: ${seen.length} responses crawled\n`);
    expect(leaks(seen)).toEqual([]);
    expect(seen.map((s) => s.text).join('\n')).not.toContain(CANARY);

    // The crawl reached A's postings: the published ones in full (less their secrets), the others not at all.
    for (const p of postings) {
      const one = seen.find((s) => s.url === `/api/v1/${p.kind}/${p.id}`)!;
      expect([p.status, one.status]).toEqual([p.status, p.status === 'published' ? 200 : 404]);
      expect(seen.find((s) => s.url === `/api/v1/${p.kind}/${p.id}/reviews`)!.status).toBe(404);
    }
    const published = (kind: PostingKind) => postings.find((p) => p.kind === kind && p.status === 'published')!;
    const offer = JSON.parse(seen.find((s) => s.url === `/api/v1/offers/${published('offers').id}`)!.text);
    expect(offer).toMatchObject({ askingPrice: null, priceConfidential: true });
    expect(offer).not.toHaveProperty('confidential');
    const demand = JSON.parse(seen.find((s) => s.url === `/api/v1/demands/${published('demands').id}`)!.text);
    expect(demand).toMatchObject({ budget: null, budgetConfidential: true });
    expect(demand).not.toHaveProperty('confidential');
    // Nor do A's unpublished postings show up in any list B reads.
    const lists = seen.filter((s) => s.url.includes('?'));
    for (const p of postings.filter((p) => p.status !== 'published')) {
      expect(lists.filter((s) => s.text.includes(p.id)).map((s) => s.url)).toEqual([]);
    }
    // The published ones are listed (checked on lists of A alone: other files' postings crowd the rest).
    for (const kind of POSTING_KINDS) {
      for (const query of [
        `organizationId=${cast.orgA}&pageSize=100`,
        `organizationId=${cast.orgA}&status=published`,
      ]) {
        const list = seen.find((s) => s.url === `/api/v1/${kind}?${query}`)!;
        expect(JSON.parse(list.text).items.map((i: { id: string }) => i.id)).toEqual([published(kind).id]);
      }
    }
  });

  it.each([
    ['a member of the owner organisation', 'memberA'],
    ['a broker', 'broker'],
  ] as const)('shows every one of them to %s (so the crawl can fail)', async (_who, actor) => {
    const seen = await crawl(cast[actor]);
    const found = new Set(leaks(seen).map((l) => l.split(' in ')[0]));
    expect([...found].sort()).toEqual(Object.keys(CANARIES).sort());
    // On every one of A's postings, not just somewhere.
    for (const p of postings) {
      const one = seen.find((s) => s.url === `/api/v1/${p.kind}/${p.id}`)!;
      expect(one.status).toBe(200);
      for (const field of ['contactPerson', 'email', 'phone', 'technicalDetail'] as const) {
        expect(one.text).toContain(CANARIES[field]);
      }
      expect(one.text).toContain(p.kind === 'offers' ? CANARIES.askingPrice : CANARIES.budget);
    }
  });
});
