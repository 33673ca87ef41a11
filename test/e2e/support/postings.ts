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
