import type { Locale } from '../generator.types.ts';
import { grouped, joinList } from './format.ts';

/**
 * Swahili: labels follow a noun and its connective (teknolojia ya …, mfumo wa …, nyanja ya …),
 * which agrees with that noun, not with the label; the writer speaks as "we" (tu-), so no verb
 * has to agree with an organisation's noun class.
 */
const MONTHS = [
  'Januari',
  'Februari',
  'Machi',
  'Aprili',
  'Mei',
  'Juni',
  'Julai',
  'Agosti',
  'Septemba',
  'Oktoba',
  'Novemba',
  'Desemba',
];
const STEMS = ['Jua', 'Imara', 'Tumaini', 'Baraka', 'Pwani', 'Kilima', 'Nyota', 'Amani', 'Upeo'];
const BUSINESS = ['Technologies', 'Engineering', 'Solutions', 'Industries', 'Systems'];
const FIELDS = ['Teknolojia za Viwanda', 'Sayansi Tumizi', 'Ubunifu wa Teknolojia', 'Uhandisi'];

function money(amount: number, currency: string): string {
  const prefix: Record<string, string> = { KES: 'KSh', TZS: 'TSh', USD: 'USD', EUR: 'EUR' };
  return `${prefix[currency] ?? currency} ${grouped(amount, ',')}`;
}

export const sw: Locale = {
  code: 'sw',
  countries: [
    ['KE', 55],
    ['TZ', 45],
  ],
  lengthUnit: 'word',
  lengths: { title: [5, 15], summary: [25, 60], description: [120, 350] },
  decimalSeparator: '.',
  groupSeparator: ',',
  sentenceSeparator: ' ',
  list: (items) => joinList(items, ', ', ' na '),
  formatMoney: ({ amount, currency }) => money(amount, currency),
  formatDate: (y, m, d) => `${d} ${MONTHS[m - 1]} ${y}`,
  cities: {
    KE: ['Nairobi', 'Mombasa', 'Kisumu', 'Nakuru', 'Eldoret'],
    TZ: ['Dar es Salaam', 'Arusha', 'Mwanza', 'Dodoma', 'Morogoro'],
  },
  organization: (type, city, _country, draw) => {
    switch (type) {
      case 'company':
        return `${draw(STEMS)} ${draw(BUSINESS)} ${draw(['Ltd', 'Limited'])}`;
      case 'university':
        return draw([`Chuo Kikuu cha ${city}`, `Chuo Kikuu cha Sayansi na Teknolojia cha ${city}`]);
      case 'research_institute':
        return `Kituo cha Utafiti wa ${draw(FIELDS)}, ${city}`;
      case 'government':
        return draw([`Halmashauri ya Jiji la ${city}`, `Mamlaka ya Maji ya ${city}`, `Idara ya Mazingira ya ${city}`]);
    }
  },
  modes: {
    licence: 'utoaji wa leseni',
    assignment: 'uhamishaji wa haki',
    joint_development: 'uendelezaji wa pamoja',
    technical_service: 'huduma za kiufundi',
    investment: 'uwekezaji',
    equipment_supply: 'usambazaji wa vifaa',
  },
  industries: {
    energy_utilities: 'sekta ya umeme',
    oil_gas: 'sekta ya mafuta na gesi',
    automotive: 'sekta ya magari',
    electronics: 'sekta ya elektroniki',
    chemicals: 'sekta ya kemikali',
    pharma: 'sekta ya dawa',
    healthcare: 'hospitali na zahanati',
    agriculture: 'sekta ya kilimo',
    food: 'sekta ya usindikaji wa chakula',
    construction: 'sekta ya ujenzi',
    mining: 'sekta ya madini',
    metallurgy: 'sekta ya chuma',
    water: 'huduma za maji',
    municipal: 'huduma za manispaa',
    telecom: 'sekta ya mawasiliano',
    logistics: 'sekta ya usafirishaji',
    aviation: 'sekta ya usafiri wa anga',
    shipping: 'sekta ya usafiri wa majini',
    textiles: 'sekta ya nguo',
    consumer_goods: 'sekta ya bidhaa za matumizi',
    machinery: 'sekta ya utengenezaji wa mashine',
    fisheries: 'uvuvi na ufugaji wa samaki',
  },
  parameters: {
    efficiency: 'ufanisi wa ubadilishaji hadi {f:85-98}%',
    energy_saving: 'uokoaji wa nishati wa {n:15-45}% ikilinganishwa na vifaa vya kawaida',
    cost_reduction: 'gharama za uzalishaji chini kwa {n:15-40}%',
    lifetime: 'muda wa matumizi wa zaidi ya miaka {n:8-25}',
    capacity: 'uwezo wa kuchakata tani {n:2-60} kwa saa',
    throughput: 'uchakataji wa hadi maombi {n:200-5000/50} kwa sekunde',
    accuracy: 'usahihi wa utambuzi wa zaidi ya {f:92-99.5}%',
    precision: 'usahihi wa kuweka nafasi wa ±{n:2-20} µm',
    temperature: 'utendaji thabiti kati ya −{n:20-50} °C na {n:80-400/10} °C',
    pressure: 'shinikizo la kufanya kazi hadi MPa {f:1.5-35}',
    purity: 'usafi wa bidhaa wa {f2:99.5-99.99}%',
    response_time: 'muda wa mwitikio chini ya ms {n:5-200}',
    power: 'nguvu ya kawaida ya kW {n:5-500/5}',
    weight_reduction: 'upunguzaji wa uzito kwa {n:15-45}%',
    yield_increase: 'ongezeko la mavuno la {n:8-35}%',
    emission_reduction: 'upunguzaji wa uzalishaji wa CO2 kwa {n:20-70}%',
    strength: 'nguvu ya mvutano ya MPa {n:300-1800/10}',
    detection_limit: 'kiwango cha chini cha utambuzi cha {f:0.1-5} µg/L',
    latency: 'ucheleweshaji wa chini ya ms {n:5-80}',
    payback: 'kipindi cha kurejesha uwekezaji cha miaka {f:1.5-4.5}',
    shelf_life: 'muda wa kuhifadhi hadi miezi {n:6-24}',
  },
  nationalStandards: { KE: ['KS {d:1000-2999}:{year}'], TZ: ['TZS {d:1000-2999}:{year}'] },
  patentNumbers: { KE: ['KE {d:1000-1500}'], '*': ['WO {year}/{d:100000-250000}', 'AP {d:6000-7500}'] },
  offer: {
    titles: [
      'Teknolojia ya {main} yenye ufanisi wa juu kwa {industry}',
      'Teknolojia ya gharama nafuu ya {main} inayotumia {r1}',
      'Mchakato mpya wa {main} kwa {industry}',
      '{Main}: suluhisho jumuishi linalochanganya {r1} na {r2}',
      'Mfumo mdogo wa {main} kwa {industry}',
      'Teknolojia yenye hataza ya {main} inapatikana kwa leseni',
      'Kizazi kipya cha {main} chenye uaminifu zaidi na gharama ndogo',
      'Jukwaa la {main} linaloweza kupanuliwa kwa {industry}',
      'Kifaa cha {main} kinachookoa nishati, modeli {model}',
      'Suluhisho la kisasa la {main} linalojumuisha {r1}',
      'Muundo imara wa {main} kwa mazingira magumu ya kazi',
      'Teknolojia iliyothibitishwa ya {main} inatafuta washirika wa viwanda',
    ],
    summaries: [
      'Tunatoa teknolojia mpya ya {main} inayochanganya {r1} na {r2}. Suluhisho hili linafikia {p1} na {p2}, na linafaa kwa {industry} na {industry2}.',
      'Tumeunda mbinu mpya ya {main} inayotegemea {r1}. Ikilinganishwa na suluhisho za kawaida, teknolojia hii inatoa {p1}. Iko katika kiwango cha TRL {trl} na inapatikana kwa {modes}.',
      'Timu yetu ya utafiti imeunda mchakato ulioboreshwa wa {main} unaojumuisha {r1}. Faida kuu ni {p1} na {p2}. Tunatafuta washirika wanaovutiwa na {modes}.',
      'Teknolojia ya {main} iliyo tayari kutumika, yenye {p1}. Mfumo huu unajumuisha {rels} na umejaribiwa katika mazingira halisi ya uendeshaji, hivyo unafaa kwa {industry}.',
      'Ofa hii inahusu suluhisho la {main} tulilobuni wenyewe kwa {industry}. Linapunguza gharama za uendeshaji, linatoa {p2} na linaweza kuunganishwa na mitambo iliyopo kwa mabadiliko madogo.',
    ],
    intro: [
      'Sisi ni {org}, tulioko {city}, na tumekuwa tukifanya kazi katika nyanja ya {main} tangu mwaka {year}.',
      'Timu yetu ina uzoefu wa zaidi ya miaka {n:8-25} katika {r1} na {main}.',
      'Mtoaji wa teknolojia: {org}. Tunaunda suluhisho kwa {industry} na {industry2}.',
      'Tunawasilisha teknolojia katika nyanja ya {main} iliyoendelezwa kwa ushirikiano na washirika wa viwanda.',
      'Tangu mwaka {year}, timu ya {org} imejikita katika utafiti wa matumizi kuhusu {main} na {r1}.',
    ],
    technology: [
      'Kiini cha teknolojia hii ni muundo mpya wa {main} unaounganisha {r1} na {r2} katika kifaa kimoja kidogo.',
      'Tofauti na mbinu za kawaida, mchakato wetu unatumia {r1} ili kupunguza upotevu na kurahisisha uendeshaji.',
      'Mfumo unajumuisha {rels}, vinavyoratibiwa na kidhibiti kilichopachikwa chenye programu yetu wenyewe.',
      'Kipengele muhimu ni matumizi ya {formula}, ambayo huongeza uthabiti katika mazingira halisi ya kazi.',
      'Mbinu hii imeboreshwa kwa uendeshaji endelevu na inaweza kuunganishwa na mitambo iliyopo bila marekebisho makubwa.',
      'Usanidi wa marejeo (modeli {model}) umebuniwa kwa kuzingatia kiwango cha {std}.',
      '⚙Vihisi hukusanya data za mchakato na kuzichambua papo hapo, hivyo mwendeshaji anaweza kubadilisha mipangilio akiwa mbali.',
    ],
    advantages: [
      'Ikilinganishwa na suluhisho zilizopo sokoni, teknolojia hii inatoa {p1}.',
      'Faida kuu ni gharama ndogo za uendeshaji, matengenezo rahisi na {p2}.',
      'Majaribio ya uwandani katika mazingira ya kawaida ya kazi yalionyesha {p1} na {p2}.',
      '⚙Kwa kuwa vipuri vichache vinahitajika, muda wa usimikaji hupungua kwa takriban {n:20-50}%.',
      '⚙Muundo huu hauhitaji malighafi adimu au ghali, hivyo uzalishaji wa ndani unawezekana.',
    ],
    parameters: [
      'Vigezo vikuu vya kiufundi: {p1}; {p2}; {p3}.',
      'Majaribio ya maabara huru yalithibitisha {p1}, {p2} na {p3}.',
      'Kifaa cha majaribio (modeli {model}) kilifikia {p2} na {p3} katika saa {n:500-3000/100} za uendeshaji mfululizo.',
    ],
    applications: [
      'Matumizi ya kawaida ni pamoja na {industry} na {industry2}.',
      'Teknolojia hii inaweza kutumika popote panapohitajika {main}, hasa katika {industry}.',
      'Pia inaendana na {r1}, hivyo kufungua masoko mapya katika {industry2}.',
      'Watumiaji watarajiwa ni watengenezaji wa vifaa, kampuni za uhandisi na waendeshaji katika {industry}.',
    ],
    maturity: {
      lab: [
        'Teknolojia iko katika kiwango cha TRL {trl}: kanuni yake imethibitishwa maabara na mfano wa awali unatengenezwa.',
        'Matokeo ya maabara yanatia moyo (TRL {trl}), na tunatafuta mshirika wa viwanda ili kufikia hatua ya majaribio.',
      ],
      pilot: [
        'Mtambo wa majaribio umekuwa ukifanya kazi tangu mwaka {year}, na teknolojia kwa sasa iko katika kiwango cha TRL {trl}.',
        'Teknolojia imefikia kiwango cha TRL {trl}, na mfano wa awali umeonyeshwa katika mazingira yanayofanana na halisi.',
      ],
      market: [
        'Teknolojia inapatikana kibiashara (TRL {trl}) na imesimikwa kwa wateja {n:3-40}.',
        'Uzalishaji kwa wingi ulianza mwaka {year}; bidhaa iko katika kiwango cha TRL {trl} na imethibitishwa kwa mujibu wa {std}.',
      ],
    },
    ip: [
      'Teknolojia hii inalindwa na hataza namba {patentNo}.',
      'Ombi la hataza ({patentNo}) limewasilishwa, na maombi mengine yanaandaliwa.',
      'Ujuzi muhimu unalindwa kama siri ya biashara; uvumbuzi mkuu unalindwa na hataza namba {patentNo}.',
      'Haki miliki zote ni mali ya {org} na hazina vikwazo vyovyote.',
    ],
    price: [
      'Bei elekezi ya leseni ni {price}, inayoweza kujadiliwa kulingana na eneo na kiasi.',
      'Tunakadiria thamani ya kifurushi kuwa {price}, ikijumuisha nyaraka na mafunzo.',
      'Bei inayoombwa: {price} (bila kodi).',
    ],
    noPrice: [
      'Masharti ya kibiashara yanaweza kujadiliwa na yatakubaliwa na kila mshirika.',
      'Bei itategemea wigo wa ushirikiano na eneo.',
      'Masharti na ada za leseni zitajadiliwa na washirika wanaovutiwa.',
    ],
    cooperation: [
      'Tuko tayari kwa {modes}.',
      'Aina za ushirikiano tunazopendelea: {modes}.',
      'Tunatafuta washirika katika {industry} wanaovutiwa na {modes}.',
    ],
    closing: [
      'Timu yetu inaweza kutoa msaada wa usimikaji, mafunzo kwa wafanyakazi na huduma baada ya mauzo.',
      'Kampuni zinazovutiwa zinakaribishwa kuwasiliana nasi ili kupata nyaraka za kiufundi na maonyesho.',
      'Nyaraka za kina za kiufundi zinapatikana baada ya kusaini makubaliano ya usiri.',
      '⚙Ziara katika mtambo wetu wa majaribio ulioko {city} zinaweza kupangwa kwa ombi.',
    ],
  },
  demand: {
    titles: [
      'Tunatafuta teknolojia ya {main} kwa {industry}',
      'Tunatafuta mshirika wa kuendeleza {main}',
      '⚙Uhitaji wa {main} ili kuboresha mstari wetu wa uzalishaji',
      'Ombi la teknolojia ya {main} inayoendana na {r1}',
      'Tunahitaji suluhisho lililothibitishwa la {main} kwa matumizi ya viwanda',
      'Tunatafuta wasambazaji na leseni ya teknolojia ya {main}',
      'Suluhisho la {main} kwa mradi wa majaribio {city}',
      'Uhitaji wa kiteknolojia: {main} pamoja na {r2}',
      'Mshirika anahitajika kwa uendelezaji wa {main}',
      'Suluhisho nafuu la {main} kwa {industry}',
    ],
    summaries: [
      'Tunatafuta teknolojia ya {main} kwa ajili ya {industry}. Suluhisho linapaswa kufikia {p1} na kuwa angalau katika kiwango cha TRL {trlMin}.',
      'Tunatafuta mshirika wa kusambaza au kuendeleza kwa pamoja suluhisho la {main} linalojumuisha {r1}. Utendaji unaolengwa ni pamoja na {p1}, na ushirikiano unaweza kuwa kupitia {modes}.',
      'Uhitaji wa kiteknolojia katika {industry}: suluhisho la {main} linaloweza kuchukua nafasi ya mchakato wetu wa sasa unaotegemea {r1}, lenye {p1} na huduma za ndani za kuaminika.',
      'Tunapanga kuanzisha {main} katika vituo vyetu vya {city} na tunatafuta teknolojia iliyothibitishwa, ikiwezekana yenye marejeo katika sekta hii.',
      'Mwaliko wa mapendekezo: {main}. Mahitaji: {p1}, kuendana na {r2} na kiwango cha chini cha TRL {trlMin}.',
    ],
    company: [
      'Sisi ni {org}, tulioko {city}, na tunafanya kazi katika {industry}.',
      'Tuna vituo kadhaa {city} na kwa sasa tunaboresha vifaa vyetu.',
      'Taasisi yetu, {org}, inasimamia miradi katika {industry} na {industry2}.',
      'Sisi ni {org}, na tunaandaa mpango wa uwekezaji kwa miaka mitatu ijayo.',
    ],
    need: [
      'Tunatafuta teknolojia iliyothibitishwa ya {main} inayoweza kuunganishwa na mchakato wetu wa sasa.',
      'Tunatafuta mshirika wa kiteknolojia mwenye uzoefu katika {main} na {r1}.',
      'Mradi huu unahitaji suluhisho la {main} pamoja na {r2} ili kuboresha ubora wa bidhaa.',
      '⚙Tunakusudia kuanzisha {main} kwanza kwenye mstari mmoja wa uzalishaji na baadaye katika vituo vyetu vyote.',
      '⚙Lengo letu ni kubadilisha vifaa vinavyoagizwa kutoka nje kwa suluhisho la {main} linalotengenezwa nchini.',
    ],
    problem: [
      '⚙Kwa sasa tunatumia vifaa vilivyopitwa na wakati, vinavyotumia nishati nyingi na kuharibika mara kwa mara.',
      'Mchakato wa sasa haukidhi mahitaji mapya ya {std}.',
      'Suluhisho letu la sasa linalotegemea {r1} limefikia kikomo chake kwa uwezo na gharama.',
      'Gharama za uendeshaji zimeongezeka kwa {n:15-40}% katika miaka miwili iliyopita, hasa kutokana na nishati na matengenezo.',
    ],
    requirements: [
      'Viwango vinavyolengwa: {p1} na {p2}.',
      'Teknolojia lazima iendane na {r1} na izingatie {std}.',
      '⚙Vifaa lazima vifanye kazi kwa uhakika katika joto la mazingira la hadi {n:35-50} °C na mazingira yenye vumbi.',
      'Tunatarajia kiwango cha chini cha TRL {trlMin}, pamoja na marejeo ya mitambo ya viwandani.',
      'Mfumo wa kiotomatiki na ufuatiliaji wa mbali unahitajika, pamoja na uwezo wa kutuma data kwenye mfumo wetu wa udhibiti.',
    ],
    constraints: [
      '⚙Nafasi ya usimikaji ni takriban mita za mraba {n:20-200/10}, na jengo lililopo lazima litumike.',
      '⚙Vipuri na matengenezo lazima vipatikane nchini ndani ya saa {n:24-72/24}.',
      'Msambazaji lazima atoe mafunzo kwa wafanyakazi wetu wa kiufundi na nyaraka kamili kwa Kiingereza au Kiswahili.',
      '⚙Nguvu ya umeme inayopatikana eneo la kazi haizidi kW {n:100-800/50}.',
      '⚙Suluhisho zinazotegemea msambazaji mmoja wa kigeni wa {formula} hazituvutii sana.',
    ],
    budget: [
      'Bajeti iliyopo kwa mradi huu ni takriban {budget}.',
      'Tumetenga {budget} kwa ajili ya teknolojia na usimikaji wa kwanza.',
      'Bajeti elekezi ni {budget}, na ufadhili wa pamoja kutoka programu za serikali unawezekana.',
    ],
    noBudget: [
      'Bajeti itaamuliwa baada ya tathmini ya kiufundi ya mapendekezo.',
      'Masharti ya kifedha yako wazi na yanategemea suluhisho litakalopendekezwa.',
    ],
    deadline: [
      'Mapendekezo yawasilishwe kabla ya {deadline}.',
      'Tunapanga kumchagua mshirika kabla ya {deadline} na kuanza mradi wa majaribio muda mfupi baadaye.',
      'Kifaa cha kwanza kinapaswa kuanza kufanya kazi kabla ya {deadline}.',
    ],
    cooperation: [
      'Tunavutiwa na {modes}.',
      'Ushirikiano tunaoupendelea: {modes}.',
      'Tuko tayari kwa mifumo tofauti, hasa {modes}.',
    ],
    closing: [
      'Tafadhali tumeni maelezo mafupi ya kiufundi, marejeo na bei elekezi.',
      'Wasambazaji kutoka nchi yoyote wanakaribishwa.',
      'Walioteuliwa watakaribishwa kuwasilisha suluhisho lao katika kituo chetu {city}.',
    ],
  },
};
