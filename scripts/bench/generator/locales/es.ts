import type { Locale } from '../generator.types.ts';
import { grouped, joinList, pad2 } from './format.ts';

/**
 * Labels appear without an article (tecnología de …, experiencia en …, after a colon). Sectors
 * carry their article and follow only prepositions that do not contract with it (en, para, como).
 */
const STEMS = [
  'Tecnova',
  'Ibertec',
  'Andatec',
  'Solaris',
  'Innovatec',
  'Tecmar',
  'Metalsur',
  'Terratec',
  'Altamira',
  'Nexo',
];
const BUSINESS = ['Tecnologías', 'Ingeniería', 'Soluciones Industriales', 'Innovación', 'Sistemas'];
const LEGAL: Record<string, string[]> = {
  ES: ['S.L.', 'S.A.'],
  MX: ['S.A. de C.V.'],
  AR: ['S.A.', 'S.R.L.'],
  CO: ['S.A.S.'],
  CL: ['SpA', 'S.A.'],
  PE: ['S.A.C.'],
};
const FIELDS = ['Tecnología Industrial', 'Ingeniería Aplicada', 'Innovación Tecnológica', 'Ciencias Aplicadas'];

function money(amount: number, currency: string): string {
  const value = grouped(amount, '.');
  if (currency === 'EUR') return `${value} €`;
  if (currency === 'USD') return `USD ${value}`;
  return `${value} ${currency}`;
}

export const es: Locale = {
  code: 'es',
  countries: [
    ['ES', 30],
    ['MX', 25],
    ['AR', 12],
    ['CO', 12],
    ['CL', 10],
    ['PE', 6],
  ],
  lengthUnit: 'word',
  lengths: { title: [5, 15], summary: [25, 60], description: [120, 350] },
  decimalSeparator: ',',
  groupSeparator: '.',
  sentenceSeparator: ' ',
  list: (items) => joinList(items, ', ', ' y '),
  // "y" becomes "e" before an i- sound, "o" becomes "u" before an o- sound.
  polish: (sentence) => sentence.replace(/ y (?=h?[iI](?![aeoáéó]))/g, ' e ').replace(/ o (?=h?[oOóÓ])/g, ' u '),
  formatMoney: ({ amount, currency }) => money(amount, currency),
  formatDate: (y, m, d) => `${pad2(d)}/${pad2(m)}/${y}`,
  cities: {
    ES: ['Madrid', 'Barcelona', 'Valencia', 'Bilbao', 'Sevilla', 'Zaragoza'],
    MX: ['Monterrey', 'Guadalajara', 'Querétaro', 'Puebla', 'Ciudad de México'],
    AR: ['Córdoba', 'Rosario', 'Buenos Aires', 'Mendoza'],
    CO: ['Medellín', 'Bogotá', 'Cali', 'Barranquilla'],
    CL: ['Santiago', 'Concepción', 'Valparaíso', 'Antofagasta'],
    PE: ['Lima', 'Arequipa', 'Trujillo'],
  },
  organization: (type, city, country, draw) => {
    switch (type) {
      case 'company':
        return `${draw(STEMS)} ${draw(BUSINESS)} ${draw(LEGAL[country] ?? ['S.A.'])}`;
      case 'university':
        return draw([
          `Universidad de ${city}`,
          `Universidad Tecnológica de ${city}`,
          `Instituto Tecnológico de ${city}`,
        ]);
      case 'research_institute':
        return draw([`Centro de Investigación en ${draw(FIELDS)}`, `Instituto de ${draw(FIELDS)} de ${city}`]);
      case 'government':
        return country === 'ES'
          ? draw([`Ayuntamiento de ${city}`, `Agencia de Energía de ${city}`])
          : draw([
              `Municipalidad de ${city}`,
              `Secretaría de Desarrollo Económico de ${city}`,
              `Secretaría de Medio Ambiente de ${city}`,
            ]);
    }
  },
  modes: {
    licence: 'licenciamiento',
    assignment: 'cesión de derechos',
    joint_development: 'desarrollo conjunto',
    technical_service: 'servicios técnicos',
    investment: 'inversión',
    equipment_supply: 'suministro de equipos',
  },
  industries: {
    energy_utilities: 'el sector eléctrico',
    oil_gas: 'la industria del petróleo y el gas',
    automotive: 'la industria automotriz',
    electronics: 'la industria electrónica',
    chemicals: 'la industria química',
    pharma: 'la industria farmacéutica',
    healthcare: 'hospitales y clínicas',
    agriculture: 'la agricultura',
    food: 'la industria alimentaria',
    construction: 'la construcción',
    mining: 'la minería',
    metallurgy: 'la metalurgia',
    water: 'las empresas de agua y saneamiento',
    municipal: 'los servicios municipales',
    telecom: 'las telecomunicaciones',
    logistics: 'la logística',
    aviation: 'la industria aeronáutica',
    shipping: 'el transporte marítimo',
    textiles: 'la industria textil',
    consumer_goods: 'la industria de bienes de consumo',
    machinery: 'la fabricación de maquinaria',
    fisheries: 'la pesca y la acuicultura',
  },
  parameters: {
    efficiency: 'una eficiencia de conversión de hasta el {f:85-98} %',
    energy_saving: 'un ahorro energético del {n:15-45} % frente a equipos convencionales',
    cost_reduction: 'una reducción del {n:15-40} % en los costes de producción',
    lifetime: 'una vida útil superior a {n:8-25} años',
    capacity: 'una capacidad de procesamiento de {n:2-60} t/h',
    throughput: 'el procesamiento de hasta {n:200-5000/50} solicitudes por segundo',
    accuracy: 'una precisión de detección superior al {f:92-99.5} %',
    precision: 'una precisión de posicionamiento de ±{n:2-20} µm',
    temperature: 'un funcionamiento estable entre −{n:20-50} °C y {n:80-400/10} °C',
    pressure: 'una presión de trabajo de hasta {f:1.5-35} MPa',
    purity: 'una pureza del producto del {f2:99.5-99.99} %',
    response_time: 'un tiempo de respuesta inferior a {n:5-200} ms',
    power: 'una potencia nominal de {n:5-500/5} kW',
    weight_reduction: 'una reducción de peso del {n:15-45} %',
    yield_increase: 'un aumento del rendimiento del {n:8-35} %',
    emission_reduction: 'una reducción del {n:20-70} % en las emisiones de CO2',
    strength: 'una resistencia a la tracción de {n:300-1800/10} MPa',
    detection_limit: 'un límite de detección de {f:0.1-5} µg/L',
    latency: 'una latencia de extremo a extremo inferior a {n:5-80} ms',
    payback: 'un periodo de retorno de la inversión de {f:1.5-4.5} años',
    shelf_life: 'una vida útil en anaquel ampliada a {n:6-24} meses',
  },
  nationalStandards: {
    ES: ['UNE-EN {d:1000-17999}:{year}', 'UNE {d:100000-199999}:{year}'],
    MX: ['NOM-{d:100-250}-SEMARNAT-{year}', 'NMX-J-{d:100-699}-ANCE-{year}'],
    CO: ['NTC {d:1000-6999}'],
    CL: ['NCh{d:400-3999}:{year}'],
    AR: ['IRAM {d:1000-9999}'],
  },
  patentNumbers: {
    ES: ['ES {d:2800000-2999999} B2', 'P{year}3{d:10000-31999}'],
    MX: ['MX/a/{year}/0{d:10000-16999}'],
    '*': ['WO {year}/{d:100000-250000}', 'PCT/{year}/{d:100000-250000}'],
  },
  offer: {
    titles: [
      'Tecnología de alta eficiencia en {main} para {industry}',
      'Tecnología de bajo coste en {main} basada en {r1}',
      'Nuevo proceso de {main} para {industry}',
      '{Main}: solución integrada que combina {r1} y {r2}',
      'Sistema compacto de {main} para {industry}',
      'Tecnología patentada de {main} disponible para licencia',
      '{Main} de nueva generación, más fiable y de menor coste',
      'Plataforma escalable de {main} para {industry}',
      'Equipo de {main} de bajo consumo, modelo {model}',
      'Solución avanzada de {main} con integración de {r1}',
      'Diseño robusto de {main} para condiciones de operación exigentes',
      'Tecnología probada de {main} busca socios industriales',
    ],
    summaries: [
      '{Org} ofrece una nueva tecnología de {main} que combina {r1} y {r2}. La solución alcanza {p1} y {p2}, y resulta adecuada para sectores como {industry} y {industry2}.',
      'Hemos desarrollado un nuevo enfoque de {main} basado en {r1}. Frente a las soluciones convencionales, la tecnología ofrece {p1}. Se encuentra en TRL {trl} y está disponible para {modes}.',
      'Nuestro grupo de investigación ha desarrollado un proceso mejorado de {main} que integra {r1}. Entre sus ventajas destacan {p1} y {p2}. Se buscan socios interesados en {modes}.',
      'Tecnología de {main} lista para su implantación, con {p1}. El sistema integra {rels} y ha sido validado en condiciones reales de operación, por lo que es idóneo para {industry}.',
      'Esta oferta se refiere a una solución propia de {main} para {industry}. Reduce los costes de operación, ofrece {p2} y puede integrarse en plantas existentes con cambios mínimos.',
    ],
    intro: [
      '{Org}, con sede en {city}, trabaja en el ámbito de {main} desde {year}.',
      'Nuestro equipo en {city} cuenta con más de {n:8-25} años de experiencia en {r1} y {main}.',
      'Oferente: {org}, que desarrolla soluciones para {industry} y {industry2}.',
      '{Org} presenta una tecnología en el campo de {main}, desarrollada junto con socios industriales.',
      'Desde {year}, {org} se dedica a la investigación aplicada en {main} y {r1}.',
    ],
    technology: [
      'El núcleo de la tecnología es un nuevo diseño de {main} que integra {r1} y {r2} en una sola unidad compacta.',
      'A diferencia de los enfoques convencionales, nuestro proceso de {main} utiliza {r1} para reducir pérdidas y simplificar la operación.',
      'El sistema se compone de {rels}, coordinados por un controlador embebido con software propio.',
      'Un elemento clave es el uso de {formula}, que mejora la estabilidad en condiciones reales de operación.',
      'El método está optimizado para funcionamiento continuo y puede integrarse en instalaciones existentes sin grandes modificaciones.',
      'La configuración de referencia (modelo {model}) se ha diseñado conforme a la norma {std}.',
      '⚙Los sensores recogen los datos del proceso y los analizan en tiempo real, de modo que el operador puede ajustar los parámetros a distancia.',
    ],
    advantages: [
      'En comparación con las soluciones disponibles en el mercado, la tecnología ofrece {p1}.',
      'Sus principales ventajas son un menor coste de operación, un mantenimiento sencillo y {p2}.',
      'Las pruebas de campo mostraron {p1} y {p2} en condiciones de operación habituales.',
      '⚙Al requerir menos componentes, el tiempo de instalación se reduce aproximadamente un {n:20-50} %.',
      '⚙El diseño evita materias primas escasas o caras, lo que facilita la fabricación local.',
    ],
    parameters: [
      'Principales parámetros técnicos: {p1}; {p2}; {p3}.',
      'Los ensayos de un laboratorio independiente confirmaron {p1}, {p2} y {p3}.',
      'Una unidad de prueba (modelo {model}) alcanzó {p2} y {p3} durante {n:500-3000/100} horas de funcionamiento continuo.',
    ],
    applications: [
      'Entre las aplicaciones típicas figuran sectores como {industry} y {industry2}.',
      'La tecnología puede aplicarse allí donde se requiera {main}, en particular en {industry}.',
      'Además es compatible con {r1}, lo que abre nuevos mercados en {industry2}.',
      'Los usuarios potenciales son fabricantes de equipos, ingenierías y operadores en {industry}.',
    ],
    maturity: {
      lab: [
        'La tecnología se encuentra en TRL {trl}: el principio se ha validado en laboratorio y se está construyendo un prototipo.',
        'Los resultados de laboratorio son prometedores (TRL {trl}), y buscamos un socio industrial para avanzar hacia la escala piloto.',
      ],
      pilot: [
        'Una planta piloto funciona desde {year}, y la tecnología se encuentra actualmente en TRL {trl}.',
        'La tecnología ha alcanzado TRL {trl}, con un prototipo demostrado en un entorno relevante.',
      ],
      market: [
        'La tecnología ya se comercializa (TRL {trl}) y está instalada en {n:3-40} clientes.',
        'La producción en serie comenzó en {year}; el producto está en TRL {trl} y cuenta con certificación según {std}.',
      ],
    },
    ip: [
      'La tecnología está protegida por la patente {patentNo}.',
      'Se ha presentado una solicitud de patente ({patentNo}) y hay otras en preparación.',
      'El know-how clave se protege como secreto industrial; la invención principal está cubierta por la patente {patentNo}.',
      'La propiedad intelectual pertenece íntegramente a su titular, {org}, y está libre de cargas.',
    ],
    price: [
      'El precio orientativo de la licencia es de {price}, negociable según territorio y volumen.',
      'Estimamos el valor del paquete en {price}, incluida la documentación y la formación.',
      'Precio solicitado: {price} (impuestos no incluidos).',
    ],
    noPrice: [
      'Las condiciones comerciales son negociables y se acordarán con cada socio.',
      'El precio dependerá del alcance de la colaboración y del territorio.',
      'Condiciones y regalías a convenir con los socios interesados.',
    ],
    cooperation: [
      'Estamos abiertos a {modes}.',
      'Formas de colaboración preferidas: {modes}.',
      'Buscamos socios interesados en {modes}.',
    ],
    closing: [
      'Nuestro equipo puede ofrecer apoyo en la instalación, formación del personal y servicio posventa.',
      'Las empresas interesadas pueden contactarnos para recibir documentación técnica y concertar una demostración.',
      'Se dispone de un dosier técnico detallado, previa firma de un acuerdo de confidencialidad.',
      '⚙Es posible visitar nuestra planta piloto en {city} previa solicitud.',
    ],
  },
  demand: {
    titles: [
      'Se busca tecnología de {main} para {industry}',
      'Buscamos socio para desarrollar una solución de {main}',
      '⚙Necesitamos {main} para modernizar nuestra línea de producción',
      'Demanda de tecnología de {main} compatible con {r1}',
      'Se busca solución probada de {main} para uso industrial',
      'Búsqueda de proveedores y licencia de tecnología: {main}',
      'Solución de {main} para un proyecto piloto en {city}',
      'Necesidad tecnológica: {main} con integración de {r2}',
      'Se busca socio para el desarrollo de {main}',
      'Solución rentable de {main} para {industry}',
    ],
    summaries: [
      '{Org} busca tecnología de {main} para {industry}. La solución debe ofrecer {p1} y encontrarse como mínimo en TRL {trlMin}.',
      'Buscamos un socio que suministre o desarrolle conjuntamente una solución de {main} con integración de {r1}. El rendimiento esperado incluye {p1}, y la colaboración puede adoptar la forma de {modes}.',
      'Necesidad tecnológica en {industry}: una solución de {main} capaz de sustituir nuestro proceso actual basado en {r1}, con {p1} y un servicio técnico local fiable.',
      'Nuestra organización prevé implantar {main} en sus instalaciones de {city} y busca tecnología probada, preferiblemente con referencias en el sector.',
      'Convocatoria de propuestas: {main}. Requisitos: {p1}, compatibilidad con {r2} y madurez mínima TRL {trlMin}.',
    ],
    company: [
      '{Org}, con sede en {city}, desarrolla su actividad en {industry}.',
      '{Org} gestiona varias instalaciones en {city} y está modernizando sus equipos.',
      'Nuestra organización, {org}, es responsable de proyectos en {industry} y {industry2}.',
      '{Org} prepara un programa de inversiones para los próximos tres años.',
    ],
    need: [
      'Buscamos una tecnología probada de {main} que pueda integrarse en nuestro proceso actual.',
      'Buscamos un socio tecnológico con experiencia en {main} y {r1}.',
      'El proyecto requiere una solución de {main} combinada con {r2} para mejorar la calidad del producto.',
      '⚙Queremos implantar {main} primero en una línea de producción y después en todas nuestras plantas.',
      '⚙Nuestro objetivo es sustituir equipos importados por una solución de {main} fabricada localmente.',
    ],
    problem: [
      '⚙Actualmente utilizamos equipos obsoletos, con un alto consumo energético y paradas frecuentes.',
      'El proceso actual no cumple los nuevos requisitos de la norma {std}.',
      'Nuestra solución actual, basada en {r1}, ha llegado a su límite en capacidad y coste.',
      'Los costes de operación han aumentado un {n:15-40} % en los dos últimos años, sobre todo por la energía y el mantenimiento.',
    ],
    requirements: [
      'Valores objetivo: {p1} y {p2}.',
      'La tecnología debe ser compatible con {r1} y cumplir la norma {std}.',
      '⚙El equipo debe funcionar de forma fiable con temperaturas ambiente de hasta {n:35-50} °C y en entornos con polvo.',
      'Esperamos una madurez mínima de TRL {trlMin}, con referencias de instalaciones industriales.',
      'Se requiere automatización y supervisión remota, con exportación de datos a nuestro sistema de control.',
    ],
    constraints: [
      '⚙El espacio de instalación se limita a unos {n:20-200/10} m², y debe aprovecharse el edificio existente.',
      '⚙Los repuestos y el mantenimiento deben estar disponibles localmente en un plazo de {n:24-72/24} horas.',
      'El proveedor debe formar a nuestro personal técnico y entregar la documentación completa en español.',
      '⚙La potencia eléctrica disponible en el emplazamiento está limitada a {n:100-800/50} kW.',
      '⚙Las soluciones que dependan de un único proveedor extranjero de {formula} nos resultan menos atractivas.',
    ],
    budget: [
      'El presupuesto disponible para este proyecto es de aproximadamente {budget}.',
      'Hemos destinado {budget} a la tecnología y a la primera instalación.',
      'Nuestro presupuesto orientativo es de {budget}, con posibilidad de cofinanciación mediante programas públicos.',
    ],
    noBudget: [
      'El presupuesto se definirá tras la evaluación técnica de las propuestas.',
      'Las condiciones económicas están abiertas y dependen de la solución propuesta.',
    ],
    deadline: [
      'Las propuestas deben enviarse antes del {deadline}.',
      'Prevemos seleccionar un socio antes del {deadline} e iniciar el piloto poco después.',
      'La primera unidad debe estar operativa antes del {deadline}.',
    ],
    cooperation: [
      'Nos interesan las siguientes modalidades: {modes}.',
      'Colaboración preferida: {modes}.',
      'Estamos abiertos a distintos modelos, en particular {modes}.',
    ],
    closing: [
      'Les rogamos que envíen una breve descripción técnica, referencias y un precio orientativo.',
      'Se aceptan proveedores de cualquier país; el idioma de trabajo del proyecto es el español.',
      'Los candidatos preseleccionados serán invitados a presentar su solución en nuestras instalaciones de {city}.',
    ],
  },
};
