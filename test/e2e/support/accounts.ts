import type { INestApplication } from '@nestjs/common';
import { AccountsService, type Role } from '@ttm/accounts';
import { randomUUID } from 'node:crypto';
import request from 'supertest';

export interface Actor {
  userId: string;
  organizationId: string | null;
  email: string;
  password: string;
  token: string;
  auth: { Authorization: string };
}

export interface Cast {
  orgA: string;
  orgB: string;
  memberA: Actor;
  memberA2: Actor;
  memberB: Actor;
  broker: Actor;
  admin: Actor;
}

/** Two organisations, their members, a broker and an admin, each logged in through the API. */
export async function seedCast(app: INestApplication): Promise<Cast> {
  const accounts = app.get(AccountsService);
  const run = randomUUID().slice(0, 8);
  const orgA = await accounts.createOrganization({
    name: `Institute A ${run}`,
    type: 'research_institute',
    country: 'RU',
  });
  const orgB = await accounts.createOrganization({ name: `Company B ${run}`, type: 'company', country: 'CN' });
  const agency = await accounts.createOrganization({ name: `Agency ${run}`, type: 'broker_agency', country: 'BR' });
  const actor = async (name: string, role: Role, organizationId: string | null): Promise<Actor> => {
    const email = `${name}-${run}@test.ttm`;
    const password = `pw-${name}-${run}-long`;
    const user = await accounts.createUser({ email, password, displayName: name, role, organizationId });
    const res = await request(app.getHttpServer()).post('/api/v1/auth/login').send({ email, password }).expect(200);
    const token = res.body.accessToken as string;
    return { userId: user.id, organizationId, email, password, token, auth: { Authorization: `Bearer ${token}` } };
  };
  return {
    orgA: orgA.id,
    orgB: orgB.id,
    memberA: await actor('member-a', 'member', orgA.id),
    memberA2: await actor('member-a2', 'member', orgA.id),
    memberB: await actor('member-b', 'member', orgB.id),
    broker: await actor('broker', 'broker', agency.id),
    admin: await actor('admin', 'admin', null),
  };
}
