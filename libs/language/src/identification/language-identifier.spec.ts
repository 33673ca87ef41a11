import { identifyLanguage } from './language-identifier.ts';

describe('identifyLanguage', () => {
  it.each([
    ['zh', '一种用于工业废水处理的膜分离技术'],
    ['th', 'เทคโนโลยีการบำบัดน้ำเสียด้วยพลังงานแสงอาทิตย์'],
    ['am', 'የፀሐይ ኃይል ቴክኖሎጂ ለገጠር መንደሮች'],
    ['hi', 'कृषि अपशिष्ट से जैव उर्वरक उत्पादन तकनीक'],
    ['bn', 'সৌর শক্তি চালিত জল পরিশোধন প্রযুক্তি'],
    ['ar', 'مطلوب تقنية تحلية المياه بالطاقة الشمسية للمناطق الريفية'],
    ['fa', 'نیاز به فناوری باتری لیتیومی برای ذخیره انرژی'],
    ['ru', 'Технология очистки сточных вод от тяжёлых металлов'],
    ['en', 'Solar-powered membrane desalination units for off-grid villages'],
    ['pt', 'Baterias de íon-lítio com cátodos de alta densidade para veículos elétricos'],
    ['es', 'Sensores de humedad del suelo para el riego de precisión en cultivos'],
    ['fr', 'Procédé de dessalement par membranes pour les villages isolés'],
    ['id', 'Dibutuhkan teknologi irigasi tetes hemat air untuk perkebunan'],
    ['tr', 'Güneş enerjili su arıtma teknolojisi ve tarımsal sulama sistemleri'],
    ['vi', 'Công nghệ xử lý nước thải bằng năng lượng mặt trời cho nông thôn'],
    ['de', 'Verfahren zur Wasseraufbereitung mit Solarenergie für ländliche Gebiete'],
    ['sw', 'Teknolojia ya kusafisha maji kwa kutumia nishati ya jua katika vijiji'],
  ])('%s without a declaration', (expected, text) => {
    expect(identifyLanguage(text).language).toBe(expected);
  });

  it('says how it decided: script for non-Latin scripts, the model for Latin text', () => {
    expect(identifyLanguage('锂离子电池正极材料').source).toBe('script');
    expect(identifyLanguage('Lithium-ion battery cathode materials for electric vehicles').source).toBe('model');
  });

  it('keeps a credible declaration, and overrides one the script contradicts', () => {
    expect(identifyLanguage('Baterias de lítio para veículos', 'pt')).toMatchObject({
      language: 'pt',
      source: 'declared',
    });
    expect(identifyLanguage('锂离子电池正极材料的制备方法', 'en')).toMatchObject({ language: 'zh', source: 'script' });
    expect(identifyLanguage('نیاز به فناوری باتری لیتیومی', 'ar')).toMatchObject({
      language: 'ar',
      source: 'declared',
    });
    expect(identifyLanguage('Технология очистки сточных вод', 'pt')).toMatchObject({
      language: 'ru',
      source: 'script',
    });
  });

  it('overrides a Latin-script declaration the model clearly contradicts', () => {
    const text = 'The company is looking for a compact water purification system for rural schools and clinics';
    expect(identifyLanguage(text, 'fr')).toMatchObject({ language: 'en', source: 'model' });
  });

  it('reads Chinese with English terms inside as Chinese', () => {
    expect(identifyLanguage('基于LiDAR和GNSS的自动驾驶系统，支持ROS 2与CAN bus接口').language).toBe('zh');
  });

  it('answers und for text without letters, unless declared', () => {
    expect(identifyLanguage('12345 --- 2026')).toMatchObject({ language: 'und', confidence: 0 });
    expect(identifyLanguage('12345', 'ru')).toMatchObject({ language: 'ru', source: 'declared' });
  });
});
