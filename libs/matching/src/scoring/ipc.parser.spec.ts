import { ipcCommonDepth, parseIpc } from './ipc.parser.ts';

describe('parseIpc', () => {
  const group = ['H', 'H01', 'H01M', 'H01M 10/00', 'H01M 10/54'];

  it.each(['H01M10/54', 'H01M 10/54', 'h01m 10/54', ' H01M  10 / 54 ', 'H01M 10/54 (2006.01)', 'H01M0010540000'])(
    'reads %j as the group H01M 10/54 with its five prefixes',
    (raw) => {
      expect(parseIpc(raw)).toEqual({ code: 'H01M 10/54', prefixes: group });
    },
  );

  it('reads a subclass, a class, a section and a main group', () => {
    expect(parseIpc('H01M')).toEqual({ code: 'H01M', prefixes: ['H', 'H01', 'H01M'] });
    expect(parseIpc('H01')).toEqual({ code: 'H01', prefixes: ['H', 'H01'] });
    expect(parseIpc('h')).toEqual({ code: 'H', prefixes: ['H'] });
    expect(parseIpc('H01M 10/00')?.prefixes).toEqual(group.slice(0, 4));
    expect(parseIpc('H01M 10')?.code).toBe('H01M 10/00');
    expect(parseIpc('H01M0010000000')?.code).toBe('H01M 10/00');
  });

  it('keeps a long subgroup as written', () => {
    expect(parseIpc('H01M 10/0525')?.code).toBe('H01M 10/0525');
    expect(parseIpc('H01M0010052500')?.code).toBe('H01M 10/0525');
  });

  it.each(['', 'Z01M 10/54', 'H1M', 'H01M 10/', 'H01M 0/54', 'HO1M 10/54', 'H01M 10/54/2', 'battery', 'H01MM'])(
    'ignores the malformed %j',
    (raw) => {
      expect(parseIpc(raw)).toBeUndefined();
    },
  );
});

describe('ipcCommonDepth', () => {
  const depth = (a: string, b: string) => ipcCommonDepth(parseIpc(a)!, parseIpc(b)!);

  it('counts the shared levels from the section down', () => {
    expect(depth('H01M 10/54', 'H01M 10/54')).toBe(5);
    expect(depth('H01M 10/54', 'H01M 10/0525')).toBe(4);
    expect(depth('H01M 10/54', 'H01M 10/00')).toBe(4);
    expect(depth('H01M 10/54', 'H01M 4/58')).toBe(3);
    expect(depth('H01M 10/54', 'H01G')).toBe(2);
    expect(depth('H01M 10/54', 'H02S')).toBe(1);
    expect(depth('H01M 10/54', 'C01B 32/05')).toBe(0);
    expect(depth('H01M', 'H01M 10/54')).toBe(3);
  });
});
