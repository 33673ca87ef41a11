import { validationErrorDetails } from '@ttm/common';
import { plainToInstance } from 'class-transformer';
import { IsOptional, validateSync } from 'class-validator';
import {
  IsCalendarDate,
  IsCooperationModes,
  IsIpcCodes,
  IsMoneyAmount,
  IsPostingKeywords,
  IsPostingTitle,
  IsTrl,
  normalizeIpcCode,
} from './posting.rules.ts';

class Sample {
  @IsPostingTitle() title!: string;
  @IsOptional() @IsPostingKeywords() keywords?: string[];
  @IsOptional() @IsIpcCodes() ipcCodes?: string[];
  @IsOptional() @IsCooperationModes() cooperationModes?: string[];
  @IsTrl() trl!: number;
  @IsOptional() @IsMoneyAmount() amount?: number;
  @IsOptional() @IsCalendarDate() deadline?: string;
}

const check = (plain: Record<string, unknown>) => {
  const sample = plainToInstance(Sample, { title: 'T', trl: 5, ...plain });
  return { sample, details: validationErrorDetails(validateSync(sample)) };
};

describe('posting field rules', () => {
  it('normalise text to NFC, trimmed, and IPC codes to one form before validating', () => {
    const { sample, details } = check({
      title: '  Cafe\u0301 ',
      keywords: [' e\u0301lectrode'],
      ipcCodes: ['h01m10/54', 'C02F  1/28'],
    });
    expect(details).toEqual([]);
    expect(sample.title).toBe('Café');
    expect(sample.keywords).toEqual(['électrode']);
    expect(sample.ipcCodes).toEqual(['H01M 10/54', 'C02F 1/28']);
    expect(normalizeIpcCode('b01j')).toBe('B01J');
  });

  it('name the field and the broken rule', () => {
    const { details } = check({
      title: '',
      trl: 12,
      ipcCodes: ['H01M-10'],
      cooperationModes: ['barter'],
      amount: 1.005,
      deadline: '2026-13-01',
    });
    expect(details.map((d) => `${d.path}:${d.code}`).sort()).toEqual([
      'amount:is_number',
      'cooperationModes:is_in',
      'deadline:is_iso8601',
      'ipcCodes:matches',
      'title:min_length',
      'trl:max',
    ]);
    expect(check({ deadline: '2026-1-01' }).details).toContainEqual(
      expect.objectContaining({ path: 'deadline', code: 'matches', message: 'deadline must be a date (YYYY-MM-DD)' }),
    );
  });
});
