import { AccountsService, type OrganizationType, type Principal } from '@ttm/accounts';
import type { LanguageCode } from '@ttm/common';
import { DemandsService, OffersService } from '@ttm/postings';
import { DEMO_POSTINGS } from './demo-postings.ts';

interface DemoOrganization {
  name: string;
  type: OrganizationType;
  country: string;
  language: LanguageCode;
}

/** One organisation per demo language, each posting in its own language. */
const ORGANIZATIONS: DemoOrganization[] = [
  { name: 'Siberian Institute of Sorption Materials', type: 'research_institute', country: 'RU', language: 'ru' },
  { name: '华东电镀科技有限公司', type: 'company', country: 'CN', language: 'zh' },
  { name: 'Universidade Federal de Materiais Energéticos', type: 'university', country: 'BR', language: 'pt' },
  { name: 'شركة وادي النيل لتقنيات المياه', type: 'company', country: 'EG', language: 'ar' },
  { name: 'Cape Solar Membranes Lab', type: 'research_institute', country: 'ZA', language: 'en' },
  { name: 'कृषि जैव संसाधन सहकारी', type: 'company', country: 'IN', language: 'hi' },
  { name: 'สถาบันเทคโนโลยีชีวภาพเกษตร', type: 'research_institute', country: 'TH', language: 'th' },
  { name: 'شرکت ذخیره‌سازی انرژی پارس', type: 'company', country: 'IR', language: 'fa' },
  { name: 'Instituto Andino de Agricultura de Precisión', type: 'research_institute', country: 'AR', language: 'es' },
  { name: 'PT Perkebunan Nusantara Hijau', type: 'company', country: 'ID', language: 'id' },
];

export interface DemoLogin {
  email: string;
  password: string;
  role: string;
  organization: string;
}

const REVIEW = { decision: 'publish' as const, scores: { innovation: 4, clarity: 4, cooperation: 4, language: 4 } };

/**
 * Organisations, users with known demo passwords, and the demo postings, published by the demo
 * broker through the same services the api uses. Does nothing if the demo broker exists.
 */
export async function seedDemo(
  accounts: AccountsService,
  offers: OffersService,
  demands: DemandsService,
): Promise<{ seeded: boolean; logins: DemoLogin[] }> {
  const logins: DemoLogin[] = [
    { email: 'admin@demo.ttm', password: 'demo-admin-password', role: 'admin', organization: '—' },
    {
      email: 'broker@demo.ttm',
      password: 'demo-broker-password',
      role: 'broker',
      organization: 'BRICS Tech Transfer Brokers',
    },
    ...ORGANIZATIONS.map((o) => ({
      email: `member.${o.language}@demo.ttm`,
      password: `demo-${o.language}-password`,
      role: 'member',
      organization: o.name,
    })),
  ];
  if (await accounts.findUserByEmail('broker@demo.ttm')) return { seeded: false, logins };

  const agency = await accounts.createOrganization({
    name: 'BRICS Tech Transfer Brokers',
    type: 'broker_agency',
    country: 'CN',
  });
  await accounts.createUser({ ...logins[0]!, displayName: 'Demo admin', role: 'admin', organizationId: null });
  const brokerUser = await accounts.createUser({
    ...logins[1]!,
    displayName: 'Demo broker',
    role: 'broker',
    organizationId: agency.id,
  });
  const broker: Principal = { userId: brokerUser.id, role: 'broker', organizationId: agency.id };

  for (const [i, o] of ORGANIZATIONS.entries()) {
    const org = await accounts.createOrganization({
      name: o.name,
      type: o.type,
      country: o.country,
      languages: [o.language],
    });
    const user = await accounts.createUser({
      ...logins[i + 2]!,
      displayName: `Demo member (${o.language})`,
      role: 'member',
      organizationId: org.id,
    });
    const owner: Principal = { userId: user.id, role: 'member', organizationId: org.id };
    for (const p of DEMO_POSTINGS.filter((d) => d.language === o.language)) {
      const common = {
        ownerCountry: o.country,
        cooperationModes: ['licence' as const, 'joint_development' as const],
        confidential: { contactPerson: `Demo contact (${o.language})`, email: logins[i + 2]!.email },
        translations: [{ language: p.language, origin: 'original' as const, title: p.title, summary: p.summary }],
      };
      const service = p.side === 'offer' ? offers : demands;
      const created =
        p.side === 'offer'
          ? await offers.create({ principal: owner }, org.id, { ...common, trl: 6 })
          : await demands.create({ principal: owner }, org.id, { ...common, desiredTrlMin: 5 });
      const submitted = await service.transition({ principal: owner }, created.id, created.version, 'pending_review');
      await service.review({ principal: broker }, created.id, submitted.version, REVIEW);
    }
  }
  return { seeded: true, logins };
}
