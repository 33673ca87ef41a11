import { extractTechnicalTokens } from './technical-tokens.ts';

const values = (text: string) => extractTechnicalTokens(text).map((t) => t.value);

describe('extractTechnicalTokens', () => {
  it('finds the same standard whatever the language and spelling', () => {
    expect(values('Certified to ISO 9001:2015 and IEC 61850')).toEqual(['std:iso:9001', 'std:iec:61850']);
    expect(values('符合GB/T 19001标准')).toContain('std:gbt:19001');
    expect(values('соответствует ГОСТ 12345-2020')).toContain('std:gost:12345');
  });

  it('finds chemical formulas and keeps them apart from acronyms', () => {
    const tokens = extractTechnicalTokens('LiFePO4 cathodes, Al2O3 coating, CO2 capture, SiC MOSFET and a PLC');
    expect(tokens.filter((t) => t.kind === 'formula').map((t) => t.value)).toEqual([
      'formula:lifepo4',
      'formula:al2o3',
      'formula:co2',
      'formula:sic',
    ]);
    expect(tokens.filter((t) => t.kind === 'acronym').map((t) => t.value)).toEqual(['acr:mosfet', 'acr:plc']);
  });

  it('normalises quantities to base units, so 0.4 kW and 400 W match', () => {
    expect(values('a 400 W pump')).toEqual(values('насос 0,4 kW'));
    expect(values('400℃')).toEqual(values('400 °C'));
    expect(values('thickness 5 µm')).toEqual(['qty:length:0.000005m']);
  });

  it('finds model numbers', () => {
    expect(values('compatible with the STM32F407 and the XC7Z020')).toEqual(['model:stm32f407', 'model:xc7z020']);
  });

  it('keeps Latin terms written inside another script, with their surface form', () => {
    const tokens = extractTechnicalTokens('正极粉先经回转窑热解脱除PVDF粘结剂，采用LiDAR与Transformer模型');
    expect(tokens.map((t) => t.value)).toEqual(expect.arrayContaining(['acr:pvdf', 'term:lidar', 'term:transformer']));
    expect(tokens.find((t) => t.value === 'term:lidar')?.surface).toBe('LiDAR');
  });

  it('does not turn ordinary words or capitalised English into tokens', () => {
    expect(values('The new system for water treatment and reuse')).toEqual([]);
  });
});
