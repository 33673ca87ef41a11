import type { Locale } from '../generator.types.ts';
import { joinList } from './format.ts';

const CURRENCY_NAMES: Record<string, string> = { CNY: '元', USD: '美元', EUR: '欧元', SGD: '新加坡元' };

/** Chinese amounts are written in 万 (10⁴) and 亿 (10⁸): 120万元, 1.5亿元. */
function money(amount: number, currency: string): string {
  const unit = CURRENCY_NAMES[currency] ?? currency;
  if (amount >= 1e8) return `${Number((amount / 1e8).toFixed(2))}亿${unit}`;
  if (amount >= 1e4) return `${Number((amount / 1e4).toFixed(1))}万${unit}`;
  return `${amount}${unit}`;
}

const STEMS = [
  '华科',
  '中源',
  '锐博',
  '恒信',
  '凯瑞',
  '博远',
  '宏达',
  '智联',
  '海纳',
  '天工',
  '鼎盛',
  '联创',
  '精诚',
  '瑞泰',
];
const COMPANY = [
  '科技有限公司',
  '科技股份有限公司',
  '智能科技有限公司',
  '技术有限公司',
  '工程技术有限公司',
  '实业有限公司',
];

export const zh: Locale = {
  code: 'zh',
  countries: [
    ['CN', 95],
    ['SG', 5],
  ],
  lengthUnit: 'char',
  lengths: { title: [10, 30], summary: [45, 150], description: [220, 700] },
  decimalSeparator: '.',
  groupSeparator: ',',
  sentenceSeparator: '',
  list: (items) => joinList(items, '、', '和'),
  formatMoney: ({ amount, currency }) => money(amount, currency),
  formatDate: (y, m, d) => `${y}年${m}月${d}日`,
  cities: {
    CN: [
      '深圳',
      '苏州',
      '杭州',
      '合肥',
      '西安',
      '成都',
      '武汉',
      '青岛',
      '宁波',
      '天津',
      '南京',
      '长沙',
      '大连',
      '济南',
    ],
    SG: ['新加坡'],
  },
  organization: (type, city, _country, draw) => {
    switch (type) {
      case 'company':
        return `${city}${draw(STEMS)}${draw(COMPANY)}`;
      case 'university':
        return `${city}${draw(['理工大学', '工业大学', '科技大学', '大学', '农业大学'])}`;
      case 'research_institute':
        return `${city}${draw(['先进技术研究院', '工业技术研究院', '应用技术研究院', '产业技术研究院', '科技创新研究院'])}`;
      case 'government':
        return city === '新加坡'
          ? `新加坡${draw(['国家环境局', '公用事业局', '陆路交通管理局'])}`
          : `${city}市${draw(['工业和信息化局', '生态环境局', '交通运输局', '科学技术局', '水务局'])}`;
    }
  },
  modes: {
    licence: '技术许可',
    assignment: '专利转让',
    joint_development: '合作开发',
    technical_service: '技术服务',
    investment: '投资入股',
    equipment_supply: '设备供应',
  },
  industries: {
    energy_utilities: '电力行业',
    oil_gas: '石油天然气行业',
    automotive: '汽车制造',
    electronics: '电子制造',
    chemicals: '化工行业',
    pharma: '制药行业',
    healthcare: '医疗机构',
    agriculture: '农业',
    food: '食品加工',
    construction: '建筑行业',
    mining: '矿山开采',
    metallurgy: '冶金行业',
    water: '供水行业',
    municipal: '市政公用事业',
    telecom: '通信行业',
    logistics: '物流行业',
    aviation: '航空工业',
    shipping: '航运业',
    textiles: '纺织行业',
    consumer_goods: '消费品制造',
    machinery: '装备制造',
    fisheries: '渔业和水产养殖',
  },
  parameters: {
    efficiency: '转换效率最高可达{f:85-98}%',
    energy_saving: '与传统设备相比节能{n:15-45}%',
    cost_reduction: '生产成本降低{n:15-40}%',
    lifetime: '使用寿命超过{n:8-25}年',
    capacity: '处理能力达{n:2-60}吨/小时',
    throughput: '每秒可处理{n:200-5000/50}次请求',
    accuracy: '识别准确率高于{f:92-99.5}%',
    precision: '定位精度达±{n:2-20}μm',
    temperature: '可在−{n:20-50}℃至{n:80-400/10}℃范围内稳定工作',
    pressure: '工作压力最高{f:1.5-35}MPa',
    purity: '产品纯度达{f2:99.5-99.99}%',
    response_time: '响应时间小于{n:5-200}ms',
    power: '额定功率{n:5-500/5}kW',
    weight_reduction: '重量减轻{n:15-45}%',
    yield_increase: '产量提高{n:8-35}%',
    emission_reduction: '二氧化碳排放减少{n:20-70}%',
    strength: '抗拉强度达{n:300-1800/10}MPa',
    detection_limit: '检出限低至{f:0.1-5}μg/L',
    latency: '端到端时延低于{n:5-80}ms',
    payback: '投资回收期约{f:1.5-4.5}年',
    shelf_life: '保质期延长至{n:6-24}个月',
  },
  nationalStandards: {
    CN: [
      'GB/T {d:10000-41999}-{year}',
      'GB {d:4000-31999}-{year}',
      'JB/T {d:5000-14999}-{year}',
      'HG/T {d:2000-5999}-{year}',
    ],
  },
  patentNumbers: {
    CN: ['ZL {year}1{d:1000000-1999999}.{d:0-9}', 'CN {d:110000000-118999999} B'],
    '*': ['WO {year}/{d:100000-250000}'],
  },
  offer: {
    titles: [
      '面向{industry}的高效{main}技术',
      '基于{r1}的低成本{main}技术',
      '一种新型{main}制备工艺及其应用',
      '{main}集成解决方案（结合{r1}与{r2}）',
      '适用于{industry}的紧凑型{main}系统',
      '具有自主知识产权的{main}技术转让',
      '新一代高可靠、低成本{main}',
      '节能型{main}装置（型号{model}）',
      '{main}关键技术及产业化应用',
      '融合{r1}的先进{main}技术',
      '适应恶劣工况的{main}设计方案',
      '成熟{main}技术寻求产业化合作伙伴',
    ],
    summaries: [
      '{org}推出一项新的{main}技术，将{r1}与{r2}有机结合，可实现{p1}、{p2}，适用于{industry}和{industry2}。',
      '本团队开发了一种基于{r1}的{main}新方法，与传统方案相比{p1}。该技术目前处于TRL {trl}阶段，可通过{modes}方式合作。',
      '{org}研究团队开发出集成{r1}的改进型{main}工艺，主要优势包括{p1}和{p2}，现面向{industry}寻求{modes}合作。',
      '可即刻部署的{main}技术，{p1}。系统集成了{rels}，已在实际工况下完成验证，适合在{industry}推广应用。',
      '本项目为具有自主知识产权的{main}解决方案，可显著降低运行成本，{p2}，并可在现有产线上以最小改动完成集成。',
    ],
    intro: [
      '{org}位于{city}，自{year}年起从事{main}领域的研究与开发。',
      '我们的团队在{r1}和{main}方面拥有超过{n:8-25}年的经验。',
      '本技术成果来自{org}，该单位长期为{industry}和{industry2}提供技术解决方案。',
      '{org}与{industry}领域的合作伙伴共同开发了一项{main}相关技术。',
      '自{year}年以来，{org}课题组一直专注于{main}和{r1}的应用研究。',
    ],
    technology: [
      '该技术的核心是一种全新的{main}设计，将{r1}与{r2}集成在一个紧凑的单元中。',
      '与传统方法不同，我们的{main}工艺利用{r1}降低损耗、简化操作。',
      '系统由{rels}组成，并由搭载自主软件的嵌入式控制器统一协调。',
      '关键环节采用{formula}，显著提高了在实际工况下的稳定性。',
      '该方法针对连续运行进行了优化，无需大规模改造即可集成到现有装置中。',
      '参考配置（型号{model}）按照{std}标准设计。',
      '⚙传感器实时采集工艺数据并进行分析，操作人员可远程调整运行参数。',
    ],
    advantages: [
      '与市场上现有方案相比，该技术{p1}。',
      '主要优势包括运行成本低、维护简便，并且{p2}。',
      '现场测试表明，在典型工况下{p1}，同时{p2}。',
      '⚙由于所需部件更少，安装时间可缩短约{n:20-50}%。',
      '⚙设计中不使用稀缺或昂贵的原材料，便于实现本地化生产。',
    ],
    parameters: [
      '主要技术参数：{p1}；{p2}；{p3}。',
      '第三方检测机构的测试结果表明：{p1}，{p2}，{p3}。',
      '试验样机（型号{model}）连续运行{n:500-3000/100}小时，{p2}，{p3}。',
    ],
    applications: [
      '典型应用领域包括{industry}和{industry2}。',
      '凡需要{main}的场合均可采用该技术，尤其适用于{industry}。',
      '该技术还可与{r1}配套使用，从而拓展到{industry2}市场。',
      '潜在用户包括设备制造商、工程公司以及{industry}的运营单位。',
    ],
    maturity: {
      lab: [
        '该技术目前处于TRL {trl}阶段，原理已在实验室得到验证，样机正在研制中。',
        '实验室结果良好（TRL {trl}），现寻求产业合作伙伴共同推进中试。',
      ],
      pilot: [
        '中试装置自{year}年起运行至今，技术成熟度为TRL {trl}。',
        '该技术已达到TRL {trl}，样机已在相关环境中完成演示。',
      ],
      market: [
        '该技术已实现商业化（TRL {trl}），已在{n:3-40}家客户现场安装应用。',
        '产品于{year}年实现批量生产，技术成熟度为TRL {trl}，并已通过{std}认证。',
      ],
    },
    ip: [
      '该技术已获得发明专利授权，专利号为{patentNo}。',
      '已提交发明专利申请（{patentNo}），其他相关专利正在准备中。',
      '核心工艺以技术秘密形式保护，关键发明已获专利授权（{patentNo}）。',
      '知识产权完全归{org}所有，权属清晰，无任何纠纷。',
    ],
    price: [
      '技术许可参考价格为{price}，可根据授权地域和规模协商。',
      '技术包（含技术资料和人员培训）估价为{price}。',
      '转让报价：{price}（不含税）。',
    ],
    noPrice: ['商务条款可协商，将与每位合作方单独确定。', '价格视合作范围和授权地域而定。', '许可费用等条款面议。'],
    cooperation: [
      '合作方式：{modes}。',
      '我们欢迎以{modes}等方式开展合作。',
      '现寻求{industry}领域有意向通过{modes}开展合作的伙伴。',
    ],
    closing: [
      '我们可提供现场安装指导、人员培训和售后服务。',
      '欢迎有意向的企业联系我们获取技术资料并预约演示。',
      '签署保密协议后可提供详细技术资料。',
      '⚙可应邀安排参观我们在{city}的中试基地。',
    ],
  },
  demand: {
    titles: [
      '寻求用于{industry}的{main}技术',
      '征集{main}技术合作开发伙伴',
      '⚙生产线升级改造急需{main}技术',
      '求购与{r1}兼容的{main}技术',
      '寻求可工业化应用的成熟{main}技术',
      '寻找{main}设备供应商及技术许可',
      '{city}{main}试点项目技术需求',
      '技术需求：集成{r2}的{main}',
      '{main}研发合作伙伴征集',
      '为{industry}寻求高性价比{main}方案',
    ],
    summaries: [
      '{org}现寻求可应用于{industry}的{main}技术，要求{p1}，技术成熟度不低于TRL {trlMin}。',
      '我们希望寻找合作伙伴供应或共同开发集成{r1}的{main}解决方案，目标指标包括{p1}，拟采用{modes}方式合作。',
      '{industry}技术需求：寻求可替代现有{r1}工艺的{main}方案，要求{p1}，并能提供可靠的本地化服务。',
      '本单位计划在{city}的厂区引入{main}，现寻求成熟技术，优先考虑在{industry}已有应用案例的方案。',
      '{main}技术方案征集：要求{p1}，与{r2}兼容，技术成熟度不低于TRL {trlMin}。',
    ],
    company: [
      '{org}位于{city}，主要从事{industry}相关业务。',
      '{org}在{city}拥有多个生产基地，业务覆盖{industry}，目前正在进行设备升级改造。',
      '我单位（{org}）负责{city}地区{industry}和{industry2}方面的项目建设。',
      '{org}正在制定未来三年面向{industry}的投资计划。',
    ],
    need: [
      '我们正在寻找一项可集成到现有工艺中的成熟{main}技术。',
      '现寻求在{main}和{r1}方面具有经验的技术合作伙伴。',
      '该项目需要将{main}与{r2}相结合，以提高产品质量。',
      '⚙我们计划先在一条生产线上引入{main}，随后推广到所有厂区。',
      '⚙目标是用本地化生产的{main}方案替代进口设备。',
    ],
    problem: [
      '⚙目前使用的设备较为陈旧，能耗高且频繁停机。',
      '现有工艺无法满足{std}的新要求。',
      '现有基于{r1}的方案在产能和成本方面已达到瓶颈。',
      '近两年运行成本上涨了{n:15-40}%，主要来自能源和维护费用。',
    ],
    requirements: [
      '技术指标要求：{p1}，{p2}。',
      '技术方案须与{r1}兼容，并符合{std}标准。',
      '⚙设备须能在环境温度最高{n:35-50}℃、粉尘较多的条件下可靠运行。',
      '技术成熟度不低于TRL {trlMin}，并有工业化应用案例。',
      '需具备自动化控制和远程监控功能，数据可接入我方现有控制系统。',
    ],
    constraints: [
      '⚙安装空间约{n:20-200/10}平方米，需利用现有厂房。',
      '⚙供应商须在{n:24-72/24}小时内提供本地维修服务和备件。',
      '供应商须为我方技术人员提供培训，并提供完整的中文技术文档。',
      '⚙现场可用电力不超过{n:100-800/50}kW。',
      '⚙依赖单一境外{formula}供应来源的方案吸引力较低。',
    ],
    budget: [
      '本项目预算约为{budget}。',
      '我们已为技术引进和首台（套）设备安装安排了{budget}的资金。',
      '初步预算为{budget}，可申请政府专项资金配套支持。',
    ],
    noBudget: ['具体预算将在技术方案评审后确定。', '费用面议，视所提方案而定。'],
    deadline: [
      '请于{deadline}前提交方案。',
      '我们计划在{deadline}前确定合作伙伴，随后尽快启动试点。',
      '首台设备须在{deadline}前投入运行。',
    ],
    cooperation: ['合作方式：{modes}。', '我们希望以{modes}等方式合作。', '可接受多种合作模式，优先考虑{modes}。'],
    closing: [
      '请提供简要技术说明、应用案例及参考报价。',
      '欢迎国内外单位参与，项目工作语言为中文。',
      '入围单位将受邀到我方{city}现场进行方案汇报。',
    ],
  },
};
