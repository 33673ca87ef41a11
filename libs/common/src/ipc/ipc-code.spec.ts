import { ipcSharedDepth, parseIpc } from './ipc-code.ts';

describe('parseIpc', () => {
  it.each([
    ['H01M 10/54', 'H01M 10/54'],
    ['H01M10/54', 'H01M 10/54'],
    ['h01m 10/54', 'H01M 10/54'],
    ['H01M 10/00', 'H01M 10/00'],
    ['H01M 10', 'H01M 10/00'],
    ['H01M', 'H01M'],
    ['C02F 1/44 (2023.01)', 'C02F 1/44'],
    ['G06F 0016/35', 'G06F 16/35'],
  ])('%s → %s', (raw, code) => {
    expect(parseIpc(raw)?.code).toBe(code);
  });

  it('gives every level', () => {
    expect(parseIpc('H01M 10/54')).toEqual({
      code: 'H01M 10/54',
      section: 'H',
      class: 'H01',
      subclass: 'H01M',
      mainGroup: 'H01M 10/00',
      group: 'H01M 10/54',
    });
  });

  it.each(['', 'Z01M 10/54', 'H1M', 'battery', 'H01M 10/54/1'])('rejects %p', (raw) => {
    expect(parseIpc(raw)).toBeNull();
  });

  it('shared depth counts agreeing levels', () => {
    const code = (s: string) => parseIpc(s)!;
    expect(ipcSharedDepth(code('H01M 10/54'), code('H01M 10/54'))).toBe(5);
    expect(ipcSharedDepth(code('H01M 10/54'), code('H01M 10/0525'))).toBe(4);
    expect(ipcSharedDepth(code('H01M 10/54'), code('H01M 4/36'))).toBe(3);
    expect(ipcSharedDepth(code('H01M 10/54'), code('H01G'))).toBe(2);
    expect(ipcSharedDepth(code('H01M 10/54'), code('H02J 7/00'))).toBe(1);
    expect(ipcSharedDepth(code('H01M 10/54'), code('C02F'))).toBe(0);
  });
});
