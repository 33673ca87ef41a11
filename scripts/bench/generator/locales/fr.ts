import type { Locale } from '../generator.types.ts';
import { grouped, joinList, pad2 } from './format.ts';

/**
 * Labels appear without an article (technologie de …, expertise en …, after a colon); `polish`
 * elides de/que/le/la before a vowel or a mute h. Sectors carry their article and follow only
 * prepositions that do not contract with it (pour, dans). Parameters are article-less noun phrases
 * used in lists.
 */
const STEMS = [
  'Technova',
  'Alpitec',
  'Axelis',
  'Heliane',
  'Innovalys',
  'Valoris',
  'Axiome',
  'Ecosyst',
  'Mécaform',
  'Optima',
  'Veridis',
];
const BUSINESS = ['Technologies', 'Ingénierie', 'Systèmes', 'Innovation', 'Industries'];
const LEGAL: Record<string, string[]> = {
  FR: ['SAS', 'SA', 'SARL'],
  BE: ['SA', 'SRL'],
  CH: ['SA', 'Sàrl'],
  CA: ['inc.'],
  MA: ['SARL', 'SA'],
  SN: ['SARL', 'SA'],
};
const FIELDS = [
  'sciences appliquées',
  'technologies industrielles',
  'innovation technologique',
  'ingénierie appliquée',
];
const SYMBOLS: Record<string, string> = { EUR: '€', CHF: 'CHF', CAD: '$ CA', MAD: 'MAD', XOF: 'FCFA', USD: '$ US' };

const ELISION = /\b([dDqQlL]e|[qQ]ue|[lL]a) (?=[aeiouyéèêàâîôûœAEIOUYÉÈÊÀÂÎÔÛ]|[hH][yéuôo])/g;

export const fr: Locale = {
  code: 'fr',
  countries: [
    ['FR', 55],
    ['BE', 8],
    ['CH', 7],
    ['CA', 10],
    ['MA', 12],
    ['SN', 8],
  ],
  lengthUnit: 'word',
  lengths: { title: [5, 15], summary: [25, 60], description: [120, 350] },
  decimalSeparator: ',',
  groupSeparator: ' ',
  sentenceSeparator: ' ',
  list: (items) => joinList(items, ', ', ' et '),
  polish: (sentence) => sentence.replace(ELISION, (_all, word: string) => (word.length === 3 ? 'qu’' : `${word[0]}’`)),
  formatMoney: ({ amount, currency }) => `${grouped(amount, ' ')} ${SYMBOLS[currency] ?? currency}`,
  formatDate: (y, m, d) => `${pad2(d)}/${pad2(m)}/${y}`,
  cities: {
    FR: ['Lyon', 'Grenoble', 'Toulouse', 'Nantes', 'Lille', 'Bordeaux', 'Strasbourg'],
    BE: ['Liège', 'Namur', 'Charleroi'],
    CH: ['Lausanne', 'Genève', 'Neuchâtel'],
    CA: ['Montréal', 'Québec', 'Sherbrooke'],
    MA: ['Casablanca', 'Rabat', 'Fès', 'Tanger'],
    SN: ['Dakar', 'Thiès'],
  },
  organization: (type, city, country, draw) => {
    switch (type) {
      case 'company':
        return `${draw(STEMS)} ${draw(BUSINESS)} ${draw(LEGAL[country] ?? ['SA'])}`;
      case 'university':
        return draw([`Université de ${city}`, `École d’ingénieurs de ${city}`, `Institut polytechnique de ${city}`]);
      case 'research_institute':
        return `Centre de recherche en ${draw(FIELDS)} de ${city}`;
      case 'government':
        return country === 'MA'
          ? draw([`Commune de ${city}`, `Agence régionale de l’environnement de ${city}`])
          : draw([`Ville de ${city}`, `Métropole de ${city}`, `Agence locale de l’énergie de ${city}`]);
    }
  },
  modes: {
    licence: 'licence',
    assignment: 'cession de brevet',
    joint_development: 'développement conjoint',
    technical_service: 'prestations techniques',
    investment: 'prise de participation',
    equipment_supply: 'fourniture d’équipements',
  },
  industries: {
    energy_utilities: 'le secteur électrique',
    oil_gas: 'l’industrie pétrolière et gazière',
    automotive: 'l’industrie automobile',
    electronics: 'l’industrie électronique',
    chemicals: 'l’industrie chimique',
    pharma: 'l’industrie pharmaceutique',
    healthcare: 'les hôpitaux et cliniques',
    agriculture: 'l’agriculture',
    food: 'l’industrie agroalimentaire',
    construction: 'le bâtiment et les travaux publics',
    mining: 'l’industrie minière',
    metallurgy: 'la métallurgie',
    water: 'les services d’eau et d’assainissement',
    municipal: 'les services municipaux',
    telecom: 'les télécommunications',
    logistics: 'la logistique',
    aviation: 'l’industrie aéronautique',
    shipping: 'le transport maritime',
    textiles: 'l’industrie textile',
    consumer_goods: 'l’industrie des biens de consommation',
    machinery: 'la construction mécanique',
    fisheries: 'la pêche et l’aquaculture',
  },
  parameters: {
    efficiency: 'rendement de conversion jusqu’à {f:85-98} %',
    energy_saving: 'économie d’énergie de {n:15-45} % par rapport aux équipements classiques',
    cost_reduction: 'coût de production réduit de {n:15-40} %',
    lifetime: 'durée de vie supérieure à {n:8-25} ans',
    capacity: 'capacité de traitement de {n:2-60} t/h',
    throughput: 'traitement de {n:200-5000/50} requêtes par seconde',
    accuracy: 'précision de détection supérieure à {f:92-99.5} %',
    precision: 'précision de positionnement de ±{n:2-20} µm',
    temperature: 'fonctionnement stable de −{n:20-50} °C à {n:80-400/10} °C',
    pressure: 'pression de service jusqu’à {f:1.5-35} MPa',
    purity: 'pureté du produit de {f2:99.5-99.99} %',
    response_time: 'temps de réponse inférieur à {n:5-200} ms',
    power: 'puissance nominale de {n:5-500/5} kW',
    weight_reduction: 'réduction de masse de {n:15-45} %',
    yield_increase: 'augmentation du rendement de {n:8-35} %',
    emission_reduction: 'émissions de CO2 réduites de {n:20-70} %',
    strength: 'résistance à la traction de {n:300-1800/10} MPa',
    detection_limit: 'limite de détection de {f:0.1-5} µg/L',
    latency: 'latence de bout en bout inférieure à {n:5-80} ms',
    payback: 'retour sur investissement en {f:1.5-4.5} ans',
    shelf_life: 'durée de conservation portée à {n:6-24} mois',
  },
  nationalStandards: {
    FR: ['NF EN {d:1000-17999}', 'NF C {d:10-99}-{d:100-999}'],
    BE: ['NBN EN {d:1000-17999}'],
    CH: ['SN EN {d:1000-17999}'],
    MA: ['NM {d:10-14}.{d:1-9}.{d:100-999}'],
  },
  patentNumbers: {
    FR: ['FR {d:3000000-3129999} B1', 'FR {d:2200000-2299999}'],
    BE: ['BE {d:1020000-1030999}'],
    CH: ['CH {d:710000-720999} B1'],
    CA: ['CA {d:3000000-3199999}'],
    '*': ['WO {year}/{d:100000-250000}', 'PCT/{year}/{d:100000-250000}'],
  },
  offer: {
    titles: [
      'Technologie à haut rendement en {main} pour {industry}',
      'Technologie de {main} à bas coût fondée sur {r1}',
      'Nouveau procédé de {main} pour {industry}',
      '{Main} : solution intégrée associant {r1} et {r2}',
      'Système compact de {main} pour {industry}',
      'Technologie brevetée de {main} disponible sous licence',
      '{Main} de nouvelle génération, plus fiable et moins coûteux',
      'Plateforme modulaire de {main} pour {industry}',
      'Unité de {main} économe en énergie, modèle {model}',
      'Solution avancée de {main} à base de {r1}',
      'Conception robuste de {main} pour conditions d’exploitation sévères',
      'Technologie éprouvée de {main} : recherche de partenaires industriels',
    ],
    summaries: [
      '{Org} propose une nouvelle technologie de {main} associant des briques de {r1} et de {r2}. Performances atteintes : {p1} ; {p2}. La solution s’adresse notamment à {industry} et à {industry2}.',
      'Nous avons mis au point une nouvelle approche de {main} à base de {r1}. Principal gain par rapport aux solutions classiques : {p1}. La technologie est au niveau TRL {trl} et disponible en {modes}.',
      'Notre équipe de recherche a développé un procédé amélioré de {main} à base de {r1}. Principaux avantages : {p1} et {p2}. Nous recherchons des partenaires intéressés par {modes}.',
      'Technologie de {main} prête à être déployée ({p1}). Le système intègre {rels} et a été validé en conditions réelles d’exploitation, ce qui le rend adapté pour {industry}.',
      'Cette offre concerne une solution propriétaire de {main} destinée à {industry}. Elle réduit les coûts d’exploitation, offre un atout supplémentaire ({p2}) et s’intègre aux installations existantes avec peu de modifications.',
    ],
    intro: [
      '{Org}, dont le siège est à {city}, travaille sur la thématique « {main} » depuis {year}.',
      'Notre équipe à {city} possède plus de {n:8-25} ans d’expérience en {r1} et en {main}.',
      'Offreur : {org}, qui développe des solutions pour {industry} et pour {industry2}.',
      '{Org} présente une technologie relevant de la thématique « {main} », développée avec des partenaires industriels.',
      'Depuis {year}, {org} mène des recherches appliquées en {main} et en {r1}.',
    ],
    technology: [
      'Le cœur de la technologie est une nouvelle conception de {main} qui réunit des briques de {r1} et de {r2} dans une seule unité compacte.',
      'Contrairement aux approches classiques, notre procédé de {main} fait appel à des solutions de {r1} pour réduire les pertes et simplifier l’exploitation.',
      'Le système se compose des éléments suivants : {rels}, pilotés par un contrôleur embarqué doté d’un logiciel propriétaire.',
      'Un élément clé est l’utilisation de {formula}, qui améliore la stabilité en conditions réelles d’exploitation.',
      'La méthode est optimisée pour un fonctionnement en continu et s’intègre aux installations existantes sans modification importante.',
      'La configuration de référence (modèle {model}) a été conçue conformément à la norme {std}.',
      '⚙Des capteurs collectent les données du procédé et les analysent en temps réel, ce qui permet à l’opérateur d’ajuster les réglages à distance.',
    ],
    advantages: [
      'Par rapport aux solutions disponibles sur le marché, le principal gain est le suivant : {p1}.',
      'Principaux avantages : coûts d’exploitation réduits, maintenance simple, {p2}.',
      'Les essais sur site ont montré les résultats suivants en conditions normales d’exploitation : {p1} ; {p2}.',
      '⚙Comme elle nécessite moins de composants, le temps d’installation est réduit d’environ {n:20-50} %.',
      '⚙La conception évite les matières premières rares ou coûteuses, ce qui rend possible une fabrication locale.',
    ],
    parameters: [
      'Principaux paramètres techniques : {p1} ; {p2} ; {p3}.',
      'Des essais menés par un laboratoire indépendant ont confirmé : {p1}, {p2}, {p3}.',
      'Une unité d’essai (modèle {model}) a obtenu les performances suivantes sur {n:500-3000/100} heures de fonctionnement continu : {p2} ; {p3}.',
    ],
    applications: [
      'Les applications types concernent {industry} et {industry2}.',
      'La technologie peut être utilisée partout où un besoin en {main} existe, en particulier dans {industry}.',
      'Elle est également compatible avec les solutions de {r1}, ce qui ouvre des marchés supplémentaires dans {industry2}.',
      'Les utilisateurs potentiels sont des fabricants d’équipements, des sociétés d’ingénierie et des exploitants dans {industry}.',
    ],
    maturity: {
      lab: [
        'La technologie est au niveau TRL {trl} : le principe a été validé en laboratoire et un prototype est en cours de réalisation.',
        'Les résultats de laboratoire sont prometteurs (TRL {trl}) et nous cherchons un partenaire industriel pour passer à l’échelle pilote.',
      ],
      pilot: [
        'Une installation pilote fonctionne depuis {year} ; la technologie est actuellement au niveau TRL {trl}.',
        'La technologie a atteint le niveau TRL {trl}, avec un prototype démontré en environnement représentatif.',
      ],
      market: [
        'La technologie est commercialisée (TRL {trl}) et installée chez {n:3-40} clients.',
        'La production en série a démarré en {year} ; le produit est au niveau TRL {trl} et certifié selon {std}.',
      ],
    },
    ip: [
      'La technologie est protégée par le brevet {patentNo}.',
      'Une demande de brevet ({patentNo}) a été déposée et d’autres demandes sont en préparation.',
      'Le savoir-faire clé est protégé par le secret industriel ; l’invention principale est couverte par le brevet {patentNo}.',
      'La propriété intellectuelle appartient entièrement à son titulaire, {org}, et est libre de toute charge.',
    ],
    price: [
      'Le prix indicatif de la licence est de {price}, négociable selon le territoire et les volumes.',
      'Nous estimons la valeur du package à {price}, documentation et formation comprises.',
      'Prix demandé : {price} (hors taxes).',
    ],
    noPrice: [
      'Les conditions commerciales sont négociables et seront fixées avec chaque partenaire.',
      'Le prix dépendra de l’étendue de la coopération et du territoire.',
      'Conditions et redevances à discuter avec les partenaires intéressés.',
    ],
    cooperation: [
      'Formes de coopération envisagées : {modes}.',
      'Modalités de partenariat privilégiées : {modes}.',
      'Nous recherchons des partenaires intéressés par les modalités suivantes : {modes}.',
    ],
    closing: [
      'Notre équipe peut assurer l’assistance à l’installation, la formation du personnel et le service après-vente.',
      'Les entreprises intéressées peuvent nous contacter pour obtenir la documentation technique et organiser une démonstration.',
      'Un dossier technique détaillé est disponible sous accord de confidentialité.',
      '⚙Des visites de notre installation pilote à {city} peuvent être organisées sur demande.',
    ],
  },
  demand: {
    titles: [
      'Recherche technologie de {main} pour {industry}',
      'Recherche partenaire pour développer une solution de {main}',
      '⚙Besoin en {main} pour moderniser notre ligne de production',
      'Demande de technologie de {main} compatible avec les solutions de {r1}',
      'Recherche solution éprouvée de {main} pour usage industriel',
      'Recherche de fournisseurs et de licence : {main}',
      'Solution de {main} pour un projet pilote à {city}',
      'Besoin technologique : {main} avec intégration de {r2}',
      'Partenaire recherché pour le développement de {main}',
      'Solution de {main} au meilleur coût pour {industry}',
    ],
    summaries: [
      '{Org} recherche une technologie de {main} pour {industry}. Exigence principale : {p1} ; maturité minimale TRL {trlMin}.',
      'Nous recherchons un partenaire pour fournir ou codévelopper une solution de {main} à base de {r1}. Performance visée : {p1}. Modalités envisagées : {modes}.',
      'Besoin technologique pour {industry} : une solution de {main} capable de remplacer notre procédé actuel fondé sur {r1}, avec un service technique local fiable ({p1}).',
      'Notre organisation prévoit de déployer une solution de {main} sur ses sites de {city} et recherche une technologie éprouvée, idéalement avec des références dans le secteur.',
      'Appel à propositions : {main}. Exigences : {p1}, compatibilité avec les solutions de {r2}, maturité minimale TRL {trlMin}.',
    ],
    company: [
      '{Org} intervient dans {industry}.',
      '{Org} exploite plusieurs sites à {city} et modernise actuellement ses équipements.',
      'Notre organisation, {org}, pilote des projets pour {industry} et pour {industry2}.',
      '{Org} prépare un programme d’investissement pour les trois prochaines années.',
    ],
    need: [
      'Nous recherchons une technologie éprouvée de {main} pouvant être intégrée à notre procédé actuel.',
      'Nous recherchons un partenaire technologique expérimenté en {main} et en {r1}.',
      'Le projet nécessite une solution de {main} combinée à des solutions de {r2} afin d’améliorer la qualité des produits.',
      '⚙Nous souhaitons déployer une solution de {main} d’abord sur une ligne de production, puis sur l’ensemble de nos sites.',
      '⚙Notre objectif est de remplacer des équipements importés par une solution de {main} fabriquée localement.',
    ],
    problem: [
      '⚙Nous utilisons actuellement des équipements vétustes, avec une forte consommation d’énergie et des arrêts fréquents.',
      'Le procédé actuel ne satisfait pas aux nouvelles exigences de la norme {std}.',
      'Notre solution actuelle, à base de {r1}, a atteint ses limites en termes de capacité et de coût.',
      'Nos coûts d’exploitation ont augmenté de {n:15-40} % en deux ans, principalement en raison de l’énergie et de la maintenance.',
    ],
    requirements: [
      'Valeurs cibles : {p1} ; {p2}.',
      'La technologie doit être compatible avec les solutions de {r1} et conforme à la norme {std}.',
      '⚙L’équipement doit fonctionner de manière fiable jusqu’à {n:35-50} °C de température ambiante et en atmosphère poussiéreuse.',
      'Nous attendons une maturité minimale TRL {trlMin}, avec des références industrielles.',
      'Une automatisation et une supervision à distance sont requises, avec export des données vers notre système de contrôle.',
    ],
    constraints: [
      '⚙L’espace disponible est limité à environ {n:20-200/10} m² et le bâtiment existant doit être utilisé.',
      '⚙Les pièces de rechange et la maintenance doivent être disponibles localement sous {n:24-72/24} heures.',
      'Le fournisseur doit former notre personnel technique et fournir une documentation complète en français.',
      '⚙La puissance électrique disponible sur site est limitée à {n:100-800/50} kW.',
      '⚙Les solutions dépendant d’un fournisseur étranger unique de {formula} sont moins intéressantes pour nous.',
    ],
    budget: [
      'Le budget disponible pour ce projet est d’environ {budget}.',
      'Nous avons réservé {budget} pour la technologie et la première installation.',
      'Notre budget indicatif est de {budget}, avec un cofinancement possible par des programmes publics.',
    ],
    noBudget: [
      'Le budget sera défini après l’évaluation technique des propositions.',
      'Les conditions financières sont ouvertes et dépendent de la solution proposée.',
    ],
    deadline: [
      'Les propositions doivent être envoyées avant le {deadline}.',
      'Nous prévoyons de choisir un partenaire avant le {deadline} et de lancer le pilote peu après.',
      'La première unité doit être opérationnelle avant le {deadline}.',
    ],
    cooperation: [
      'Modalités qui nous intéressent : {modes}.',
      'Coopération privilégiée : {modes}.',
      'Nous sommes ouverts à différents modèles, en particulier : {modes}.',
    ],
    closing: [
      'Merci de nous adresser une brève description technique, des références et un prix indicatif.',
      'Les fournisseurs de tous pays sont les bienvenus ; la langue de travail du projet est le français.',
      'Les candidats présélectionnés seront invités à présenter leur solution sur notre site de {city}.',
    ],
  },
};
