import type { INestApplication } from '@nestjs/common';
import request from 'supertest';

/** A valid offer body; override what a test is about. */
export function offerBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ownerCountry: 'RU',
    targetCountries: ['CN', 'IN'],
    ipcCodes: ['C02F 1/28'],
    cooperationModes: ['licence', 'joint_development'],
    trl: 6,
    ipStatus: 'patented',
    ipRights: [{ type: 'patent', number: 'RU2745231C1', status: 'granted', territory: 'RU' }],
    askingPrice: { amount: 250000, currency: 'USD' },
    confidential: { contactPerson: 'Dr. Elena Petrova', email: 'tto@institute.example', phone: '+7 383 555 01 23' },
    translations: [
      {
        language: 'ru',
        origin: 'original',
        title: 'Сорбенты для очистки сточных вод от тяжёлых металлов',
        summary: 'Модифицированные глины удаляют свинец и кадмий.',
        keywords: ['сорбент'],
      },
      { language: 'en', origin: 'machine', title: 'Sorbents removing heavy metals from wastewater' },
    ],
    ...overrides,
  };
}

export function demandBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ownerCountry: 'CN',
    cooperationModes: ['licence'],
    desiredTrlMin: 5,
    budget: { amount: 1_000_000, currency: 'CNY' },
    deadline: '2027-06-30',
    confidential: { contactPerson: '王工', email: 'rd@company.example' },
    translations: [
      { language: 'zh', origin: 'original', title: '寻求工业废水重金属去除技术', summary: '电镀企业需要吸附材料。' },
    ],
    ...overrides,
  };
}

export type PostingKind = 'offers' | 'demands';
export const POSTING_KINDS: readonly PostingKind[] = ['offers', 'demands'];

/** Statuses a fixture can be brought to through the API, the way users get there. */
export type FixtureStatus = 'draft' | 'pending_review' | 'published' | 'rejected' | 'on_hold' | 'archived' | 'expired';

export interface PostingRef {
  kind: PostingKind;
  id: string;
  version: number;
  status: FixtureStatus;
}

export const bodyFor = (kind: PostingKind, overrides: Record<string, unknown> = {}): Record<string, unknown> =>
  kind === 'offers' ? offerBody(overrides) : demandBody(overrides);

export const REVIEW_SCORES = { innovation: 4, clarity: 4, cooperation: 3, language: 4 } as const;

/**
 * A fresh posting in the given status, created by `owner` and moved along by `reviewer` exactly as
 * users do it: create, submit, review. Each step must succeed, so a broken fixture fails loudly.
 */
export async function postingIn(
  app: INestApplication,
  kind: PostingKind,
  status: FixtureStatus,
  by: { owner: { auth: Record<string, string> }; reviewer: { auth: Record<string, string> } },
  options: { body?: Record<string, unknown>; reviewComment?: string } = {},
): Promise<PostingRef> {
  const http = () => request(app.getHttpServer());
  const base = `/api/v1/${kind}`;
  const created = await http()
    .post(base)
    .set(by.owner.auth)
    .send(options.body ?? bodyFor(kind));
  expect(created.status).toBe(201);
  let ref: PostingRef = {
    kind,
    id: created.body.id as string,
    version: created.body.version as number,
    status: 'draft',
  };
  const step = async (actor: { auth: Record<string, string> }, path: string, body: Record<string, unknown>) => {
    const res = await http()
      .post(`${base}/${ref.id}/${path}`)
      .set(actor.auth)
      .send({ ...body, version: ref.version });
    expect(res.status).toBe(200);
    ref = { kind, id: ref.id, version: res.body.version as number, status: res.body.status as FixtureStatus };
  };
  const review = (decision: 'publish' | 'reject' | 'hold') =>
    step(by.reviewer, 'review', {
      decision,
      scores: REVIEW_SCORES,
      comment: options.reviewComment ?? (decision === 'publish' ? undefined : `${decision}: needs more detail`),
    });
  if (status === 'draft') return ref;
  if (status === 'archived') {
    await step(by.owner, 'status', { to: 'archived' });
    return ref;
  }
  await step(by.owner, 'status', { to: 'pending_review' });
  if (status === 'published' || status === 'expired') await review('publish');
  if (status === 'expired') await step(by.owner, 'status', { to: 'expired' });
  if (status === 'rejected') await review('reject');
  if (status === 'on_hold') await review('hold');
  expect(ref.status).toBe(status);
  return ref;
}
