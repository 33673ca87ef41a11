import type { LanguageCode } from '@ttm/common';

export interface DemoPosting {
  id: string;
  side: 'offer' | 'demand';
  language: LanguageCode;
  title: string;
  summary: string;
}

/** A few postings in several languages, written for the demo; enough to see per-language analysis work. */
export const DEMO_POSTINGS: DemoPosting[] = [
  {
    id: 'demo-offer-ru-1',
    side: 'offer',
    language: 'ru',
    title: 'Технология очистки сточных вод от тяжёлых металлов',
    summary: 'Сорбенты на основе модифицированных глин удаляют свинец и кадмий из промышленных стоков.',
  },
  {
    id: 'demo-demand-zh-1',
    side: 'demand',
    language: 'zh',
    title: '寻求工业废水重金属去除技术',
    summary: '电镀企业需要低成本的吸附材料，去除废水中的铅和镉。',
  },
  {
    id: 'demo-offer-pt-1',
    side: 'offer',
    language: 'pt',
    title: 'Baterias de íon-lítio com cátodos de alta densidade',
    summary: 'Processo de síntese de materiais catódicos para baterias de veículos elétricos.',
  },
  {
    id: 'demo-demand-ar-1',
    side: 'demand',
    language: 'ar',
    title: 'مطلوب تقنية تحلية المياه بالطاقة الشمسية',
    summary: 'شركة تبحث عن أنظمة تحلية صغيرة تعمل بالطاقة الشمسية للمناطق الريفية.',
  },
  {
    id: 'demo-offer-en-1',
    side: 'offer',
    language: 'en',
    title: 'Solar-powered membrane desalination units',
    summary: 'Compact reverse-osmosis systems driven by photovoltaic panels for off-grid villages.',
  },
  {
    id: 'demo-demand-hi-1',
    side: 'demand',
    language: 'hi',
    title: 'कृषि अपशिष्ट से जैव उर्वरक उत्पादन तकनीक',
    summary: 'किसान सहकारी समिति को फसल अवशेषों से जैविक खाद बनाने की प्रौद्योगिकी चाहिए।',
  },
  {
    id: 'demo-offer-th-1',
    side: 'offer',
    language: 'th',
    title: 'เทคโนโลยีการผลิตปุ๋ยชีวภาพจากของเสียทางการเกษตร',
    summary: 'กระบวนการหมักที่เปลี่ยนฟางข้าวเป็นปุ๋ยอินทรีย์คุณภาพสูง',
  },
  {
    id: 'demo-demand-fa-1',
    side: 'demand',
    language: 'fa',
    title: 'نیاز به فناوری باتری لیتیومی برای ذخیره انرژی',
    summary: 'یک شرکت برق به سامانه‌های ذخیره‌سازی انرژی با باتری برای نیروگاه خورشیدی نیاز دارد.',
  },
  {
    id: 'demo-offer-es-1',
    side: 'offer',
    language: 'es',
    title: 'Sensores de humedad del suelo para riego de precisión',
    summary: 'Red de sensores inalámbricos que reduce el consumo de agua en cultivos.',
  },
  {
    id: 'demo-demand-id-1',
    side: 'demand',
    language: 'id',
    title: 'Dibutuhkan teknologi irigasi tetes hemat air',
    summary: 'Perusahaan perkebunan mencari sistem pengairan dengan sensor kelembapan tanah.',
  },
];
