import type { Locale } from '../generator.types.ts';
import { grouped, joinList, pad2 } from './format.ts';

/**
 * Labels appear without an article (tecnologia de …, experiência em …, after a colon). Sectors
 * carry their article and follow only prepositions that do not contract with it (para, como).
 */
const STEMS = [
  'Tecnova',
  'Brasitec',
  'Engemax',
  'Solaris',
  'Tecnomax',
  'Inovasul',
  'Metalfort',
  'Innovare',
  'Protec',
  'Vitatec',
];
const BUSINESS = ['Tecnologia', 'Engenharia', 'Soluções Industriais', 'Inovação', 'Sistemas'];
const LEGAL: Record<string, string[]> = { BR: ['Ltda.', 'S.A.'], PT: ['Lda.', 'S.A.'], AO: ['Lda.'] };
const FIELDS = ['Tecnologia Industrial', 'Engenharia Aplicada', 'Inovação Tecnológica', 'Ciências Aplicadas'];

function money(amount: number, currency: string): string {
  const value = grouped(amount, '.');
  if (currency === 'BRL') return `R$ ${value}`;
  if (currency === 'USD') return `US$ ${value}`;
  if (currency === 'EUR') return `${value} €`;
  return `${value} ${currency}`;
}

export const pt: Locale = {
  code: 'pt',
  countries: [
    ['BR', 85],
    ['PT', 12],
    ['AO', 3],
  ],
  lengthUnit: 'word',
  lengths: { title: [5, 15], summary: [25, 60], description: [120, 350] },
  decimalSeparator: ',',
  groupSeparator: '.',
  sentenceSeparator: ' ',
  list: (items) => joinList(items, ', ', ' e '),
  formatMoney: ({ amount, currency }) => money(amount, currency),
  formatDate: (y, m, d) => `${pad2(d)}/${pad2(m)}/${y}`,
  cities: {
    BR: [
      'São Paulo',
      'Campinas',
      'Belo Horizonte',
      'Porto Alegre',
      'Curitiba',
      'Recife',
      'Florianópolis',
      'São Carlos',
    ],
    PT: ['Lisboa', 'Coimbra', 'Braga', 'Aveiro'],
    AO: ['Luanda'],
  },
  organization: (type, city, country, draw) => {
    switch (type) {
      case 'company':
        return `${draw(STEMS)} ${draw(BUSINESS)} ${draw(LEGAL[country] ?? ['Ltda.'])}`;
      case 'university':
        return country === 'BR'
          ? draw([
              `Universidade Federal de ${city}`,
              `Instituto Federal de ${city}`,
              `Universidade Estadual de ${city}`,
            ])
          : draw([`Universidade de ${city}`, `Instituto Politécnico de ${city}`]);
      case 'research_institute':
        return draw([
          `Instituto de Pesquisas em ${draw(FIELDS)}`,
          `Centro de Tecnologia em ${draw(FIELDS)} de ${city}`,
        ]);
      case 'government':
        return country === 'BR'
          ? draw([
              `Prefeitura de ${city}`,
              `Secretaria de Infraestrutura de ${city}`,
              `Secretaria de Meio Ambiente de ${city}`,
            ])
          : draw([`Câmara Municipal de ${city}`, `Serviços Municipalizados de ${city}`]);
    }
  },
  modes: {
    licence: 'licenciamento',
    assignment: 'cessão de direitos',
    joint_development: 'desenvolvimento conjunto',
    technical_service: 'serviços técnicos',
    investment: 'investimento',
    equipment_supply: 'fornecimento de equipamentos',
  },
  industries: {
    energy_utilities: 'o setor elétrico',
    oil_gas: 'a indústria de petróleo e gás',
    automotive: 'a indústria automotiva',
    electronics: 'a indústria eletrônica',
    chemicals: 'a indústria química',
    pharma: 'a indústria farmacêutica',
    healthcare: 'hospitais e clínicas',
    agriculture: 'o agronegócio',
    food: 'a indústria de alimentos',
    construction: 'a construção civil',
    mining: 'a mineração',
    metallurgy: 'a siderurgia',
    water: 'as empresas de saneamento',
    municipal: 'os serviços municipais',
    telecom: 'as telecomunicações',
    logistics: 'a logística',
    aviation: 'a indústria aeronáutica',
    shipping: 'o transporte marítimo',
    textiles: 'a indústria têxtil',
    consumer_goods: 'a indústria de bens de consumo',
    machinery: 'a indústria de máquinas e equipamentos',
    fisheries: 'a pesca e a aquicultura',
  },
  parameters: {
    efficiency: 'eficiência de conversão de até {f:85-98}%',
    energy_saving: 'economia de energia de {n:15-45}% em relação a equipamentos convencionais',
    cost_reduction: 'redução de {n:15-40}% no custo de produção',
    lifetime: 'vida útil superior a {n:8-25} anos',
    capacity: 'capacidade de processamento de {n:2-60} t/h',
    throughput: 'processamento de até {n:200-5000/50} requisições por segundo',
    accuracy: 'precisão de detecção acima de {f:92-99.5}%',
    precision: 'precisão de posicionamento de ±{n:2-20} µm',
    temperature: 'operação estável de −{n:20-50} °C a {n:80-400/10} °C',
    pressure: 'pressão de operação de até {f:1.5-35} MPa',
    purity: 'pureza do produto de {f2:99.5-99.99}%',
    response_time: 'tempo de resposta inferior a {n:5-200} ms',
    power: 'potência nominal de {n:5-500/5} kW',
    weight_reduction: 'redução de peso de {n:15-45}%',
    yield_increase: 'aumento de produtividade de {n:8-35}%',
    emission_reduction: 'redução de {n:20-70}% nas emissões de CO2',
    strength: 'resistência à tração de {n:300-1800/10} MPa',
    detection_limit: 'limite de detecção de {f:0.1-5} µg/L',
    latency: 'latência de ponta a ponta inferior a {n:5-80} ms',
    payback: 'retorno do investimento em {f:1.5-4.5} anos',
    shelf_life: 'vida de prateleira estendida para {n:6-24} meses',
  },
  nationalStandards: {
    BR: ['ABNT NBR {d:5000-17999}:{year}'],
    PT: ['NP EN {d:1000-17999}:{year}'],
  },
  patentNumbers: {
    BR: ['BR 10 {year} 0{d:10000-29999}-{d:0-9}', 'BR 11 {year} 0{d:10000-29999}-{d:0-9}'],
    PT: ['PT {d:110000-118999}'],
    '*': ['WO {year}/{d:100000-250000}'],
  },
  offer: {
    titles: [
      'Tecnologia de alta eficiência em {main} para {industry}',
      'Tecnologia de baixo custo em {main} baseada em {r1}',
      'Novo processo de {main} para {industry}',
      '{Main}: solução integrada que combina {r1} e {r2}',
      'Sistema compacto de {main} para {industry}',
      'Tecnologia patenteada de {main} disponível para licenciamento',
      '{Main} de nova geração, com maior confiabilidade e menor custo',
      'Plataforma escalável de {main} para {industry}',
      'Unidade de {main} com economia de energia, modelo {model}',
      'Solução avançada de {main} com integração de {r1}',
      'Projeto robusto de {main} para condições severas de operação',
      'Tecnologia comprovada de {main} em busca de parceiros industriais',
    ],
    summaries: [
      '{Org} oferece uma nova tecnologia de {main} que combina {r1} e {r2}. A solução alcança {p1} e {p2}, sendo indicada para setores como {industry} e {industry2}.',
      'Desenvolvemos uma nova abordagem para {main} baseada em {r1}. Em comparação com soluções convencionais, a tecnologia proporciona {p1}. Ela se encontra em TRL {trl} e está disponível para {modes}.',
      'Nossa equipe de pesquisa desenvolveu um processo aprimorado de {main} que integra {r1}. Os principais benefícios incluem {p1} e {p2}. Buscam-se parceiros interessados em {modes}.',
      'Tecnologia de {main} pronta para implantação, com {p1}. O sistema integra {rels} e foi validado em condições reais de operação, sendo adequado para {industry}.',
      'Esta oferta refere-se a uma solução proprietária de {main} para {industry}. A tecnologia reduz os custos operacionais, oferece {p2} e pode ser integrada a plantas existentes com poucas alterações.',
    ],
    intro: [
      '{Org}, com sede em {city}, atua na área de {main} desde {year}.',
      'Nossa equipe em {city} tem mais de {n:8-25} anos de experiência em {r1} e {main}.',
      'Ofertante: {org}, que desenvolve soluções para {industry} e {industry2}.',
      '{Org} apresenta uma tecnologia na área de {main}, desenvolvida em conjunto com parceiros industriais.',
      'Desde {year}, {org} se dedica à pesquisa aplicada em {main} e {r1}.',
    ],
    technology: [
      'O núcleo da tecnologia é um novo projeto de {main} que integra {r1} e {r2} em uma única unidade compacta.',
      'Diferentemente das abordagens convencionais, nosso processo de {main} utiliza {r1} para reduzir perdas e simplificar a operação.',
      'O sistema é composto por {rels}, coordenados por um controlador embarcado com software próprio.',
      'Um elemento-chave é o uso de {formula}, que aumenta a estabilidade em condições reais de operação.',
      'O método foi otimizado para operação contínua e pode ser integrado a instalações existentes sem grandes modificações.',
      'A configuração de referência (modelo {model}) foi projetada de acordo com a norma {std}.',
      '⚙Os dados do processo são coletados por sensores e analisados em tempo real, permitindo ajustes remotos pelo operador.',
    ],
    advantages: [
      'Em comparação com as soluções disponíveis no mercado, a tecnologia oferece {p1}.',
      'As principais vantagens são o menor custo operacional, a manutenção simples e {p2}.',
      'Testes de campo demonstraram {p1} e {p2} em condições típicas de operação.',
      '⚙Como são necessários menos componentes, o tempo de instalação é reduzido em cerca de {n:20-50}%.',
      '⚙O projeto dispensa matérias-primas raras ou caras, o que viabiliza a produção local.',
    ],
    parameters: [
      'Principais parâmetros técnicos: {p1}; {p2}; {p3}.',
      'Ensaios em laboratório independente confirmaram {p1}, {p2} e {p3}.',
      'Uma unidade de teste (modelo {model}) atingiu {p2} e {p3} durante {n:500-3000/100} horas de operação contínua.',
    ],
    applications: [
      'As aplicações típicas incluem setores como {industry} e {industry2}.',
      'A tecnologia pode ser aplicada onde houver demanda por {main}, especialmente para {industry}.',
      'Ela também é compatível com {r1}, o que abre mercados adicionais para {industry2}.',
      'Os potenciais usuários são fabricantes de equipamentos, empresas de engenharia e empresas que atendem {industry}.',
    ],
    maturity: {
      lab: [
        'A tecnologia está em TRL {trl}: o princípio foi validado em laboratório e um protótipo está em construção.',
        'Os resultados de laboratório são promissores (TRL {trl}), e buscamos um parceiro industrial para avançar para a escala piloto.',
      ],
      pilot: [
        'Uma instalação piloto está em operação desde {year}, e a tecnologia encontra-se atualmente em TRL {trl}.',
        'A tecnologia atingiu TRL {trl}, com protótipo demonstrado em ambiente relevante.',
      ],
      market: [
        'A tecnologia já é comercializada (TRL {trl}) e está instalada em {n:3-40} clientes.',
        'A produção em série começou em {year}; o produto está em TRL {trl} e é certificado conforme a norma {std}.',
      ],
    },
    ip: [
      'A tecnologia é protegida pela patente {patentNo}.',
      'Foi depositado um pedido de patente ({patentNo}), e outros pedidos estão em preparação.',
      'O know-how essencial é mantido como segredo industrial; a invenção principal está protegida pela patente {patentNo}.',
      'A propriedade intelectual pertence integralmente ao titular, {org}, e está livre de ônus.',
    ],
    price: [
      'O valor indicativo da licença é de {price}, negociável conforme território e volume.',
      'Estimamos o valor do pacote em {price}, incluindo documentação e treinamento.',
      'Preço pedido: {price} (sem impostos).',
    ],
    noPrice: [
      'As condições comerciais são negociáveis e serão acordadas com cada parceiro.',
      'O preço dependerá do escopo da cooperação e do território.',
      'Condições e royalties a combinar com os parceiros interessados.',
    ],
    cooperation: [
      'Estamos abertos a {modes}.',
      'Formas de cooperação preferidas: {modes}.',
      'Buscamos parceiros interessados em {modes}.',
    ],
    closing: [
      'Nossa equipe pode oferecer apoio à instalação, treinamento de pessoal e assistência técnica.',
      'Empresas interessadas podem entrar em contato para receber documentação técnica e agendar uma demonstração.',
      'Um dossiê técnico detalhado está disponível mediante acordo de confidencialidade.',
      '⚙Visitas à nossa planta piloto em {city} podem ser agendadas mediante solicitação.',
    ],
  },
  demand: {
    titles: [
      'Procura-se tecnologia de {main} para {industry}',
      'Buscamos parceiro para desenvolver solução de {main}',
      '⚙Necessidade de {main} para modernizar nossa linha de produção',
      'Demanda por tecnologia de {main} compatível com {r1}',
      'Procura-se solução comprovada de {main} para uso industrial',
      'Busca de fornecedores e licença de tecnologia: {main}',
      'Solução de {main} para projeto piloto em {city}',
      'Demanda tecnológica: {main} com integração de {r2}',
      'Parceiro procurado para desenvolvimento de {main}',
      'Solução de {main} com bom custo-benefício para {industry}',
    ],
    summaries: [
      '{Org} procura tecnologia de {main} para {industry}. A solução deve proporcionar {p1} e estar, no mínimo, em TRL {trlMin}.',
      'Buscamos um parceiro para fornecer ou desenvolver em conjunto uma solução de {main} com integração de {r1}. O desempenho esperado inclui {p1}, e a cooperação pode ocorrer por meio de {modes}.',
      'Demanda tecnológica para {industry}: solução de {main} capaz de substituir o processo atual baseado em {r1}, com {p1} e assistência técnica local confiável.',
      'Nossa organização planeja implantar {main} em suas unidades de {city} e busca tecnologia comprovada, de preferência com referências no setor.',
      'Chamada de propostas: {main}. Requisitos: {p1}, compatibilidade com {r2} e maturidade mínima TRL {trlMin}.',
    ],
    company: [
      '{Org}, com sede em {city}, atende {industry}.',
      '{Org} mantém várias unidades em {city} e está modernizando seus equipamentos.',
      'Nossa organização, {org}, é responsável por projetos voltados para {industry} e {industry2}.',
      '{Org} está preparando um programa de investimentos para os próximos três anos.',
    ],
    need: [
      'Procuramos uma tecnologia comprovada de {main} que possa ser integrada ao nosso processo atual.',
      'Buscamos um parceiro tecnológico com experiência em {main} e {r1}.',
      'O projeto requer uma solução de {main} combinada com {r2} para melhorar a qualidade do produto.',
      '⚙Pretendemos implantar {main} primeiro em uma linha de produção e depois em todas as unidades.',
      '⚙Nosso objetivo é substituir equipamentos importados por uma solução de {main} produzida localmente.',
    ],
    problem: [
      '⚙Atualmente utilizamos equipamentos obsoletos, com alto consumo de energia e paradas frequentes.',
      'O processo atual não atende aos novos requisitos da norma {std}.',
      'Nossa solução atual, baseada em {r1}, chegou ao limite em termos de capacidade e custo.',
      'Os custos operacionais aumentaram {n:15-40}% nos últimos dois anos, principalmente por causa de energia e manutenção.',
    ],
    requirements: [
      'Valores-alvo: {p1} e {p2}.',
      'A tecnologia deve ser compatível com {r1} e atender à norma {std}.',
      '⚙O equipamento deve operar de forma confiável com temperatura ambiente de até {n:35-50} °C e em ambiente com poeira.',
      'Esperamos maturidade mínima TRL {trlMin}, com referências de instalações industriais.',
      'São necessários automação e monitoramento remoto, com exportação de dados para o nosso sistema de controle.',
    ],
    constraints: [
      '⚙O espaço para instalação é limitado a cerca de {n:20-200/10} m², e o prédio existente deve ser aproveitado.',
      '⚙Peças de reposição e manutenção devem estar disponíveis localmente em até {n:24-72/24} horas.',
      'O fornecedor deve treinar nossa equipe técnica e entregar documentação completa em português.',
      '⚙A potência elétrica disponível no local é limitada a {n:100-800/50} kW.',
      '⚙Soluções que dependam de um único fornecedor estrangeiro de {formula} são menos atrativas para nós.',
    ],
    budget: [
      'O orçamento disponível para o projeto é de aproximadamente {budget}.',
      'Reservamos {budget} para a tecnologia e a primeira instalação.',
      'O orçamento indicativo é de {budget}, sendo possível o cofinanciamento por programas públicos.',
    ],
    noBudget: [
      'O orçamento será definido após a avaliação técnica das propostas.',
      'As condições financeiras estão em aberto e dependem da solução proposta.',
    ],
    deadline: [
      'As propostas devem ser enviadas até {deadline}.',
      'Pretendemos selecionar um parceiro até {deadline} e iniciar o piloto logo em seguida.',
      'A primeira unidade deve estar em operação até {deadline}.',
    ],
    cooperation: [
      'Temos interesse em {modes}.',
      'Cooperação preferida: {modes}.',
      'Estamos abertos a diferentes modelos, em especial {modes}.',
    ],
    closing: [
      'Solicitamos o envio de uma breve descrição técnica, referências e preço indicativo.',
      'Fornecedores de qualquer país são bem-vindos; o idioma de trabalho do projeto é o português.',
      'Os candidatos pré-selecionados serão convidados a apresentar sua solução em nossa unidade em {city}.',
    ],
  },
};
