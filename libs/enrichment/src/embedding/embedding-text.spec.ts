import { embeddingText, EMBEDDING_TEXT_VERSION, vectorFingerprint } from './embedding-text.ts';

describe('embeddingText', () => {
  it('puts title, keywords, summary and description on their own lines, whitespace collapsed', () => {
    const text = embeddingText({
      title: '  Solid-state   battery ',
      keywords: ['LiFePO4', ' cathode ', ''],
      summary: 'A safer\ncell.',
      description: 'Made\tin\n\nbatches.',
    });
    expect(text).toBe('Solid-state battery\nLiFePO4, cathode\nA safer cell.\nMade in batches.');
  });

  it('leaves out missing parts and a summary that only repeats the title', () => {
    expect(embeddingText({ title: 'Water filter', summary: 'water filter', keywords: null, description: '' })).toBe(
      'Water filter',
    );
    expect(embeddingText({ title: ' ', summary: null })).toBe('');
  });

  it('keeps the beginning within the limit, cutting at a space near the end', () => {
    const text = embeddingText({ title: 'Heat pump', description: 'compressor '.repeat(50) }, 100);
    expect(text.length).toBeLessThanOrEqual(100);
    expect(text.startsWith('Heat pump\ncompressor')).toBe(true);
    expect(text.endsWith('compressor')).toBe(true);
  });

  it('cuts text without spaces by characters, never splitting one', () => {
    const text = embeddingText({ title: '锂离子电池正极材料'.repeat(30) + '𠀀'.repeat(10) }, 275);
    expect(Array.from(text)).toHaveLength(270 + 5);
    expect(text.endsWith('𠀀'.repeat(5))).toBe(true);
    expect(text).not.toMatch(/[\uD800-\uDBFF]$/);
  });
});

describe('vectorFingerprint', () => {
  it('changes with the model, the dimensions and the text recipe', () => {
    const a = vectorFingerprint('text-embedding-3-small', 1536);
    expect(a).toContain(`emb${EMBEDDING_TEXT_VERSION}`);
    expect(vectorFingerprint('text-embedding-3-small', 1536)).toBe(a);
    expect(vectorFingerprint('text-embedding-3-small', 512)).not.toBe(a);
    expect(vectorFingerprint('text-embedding-3-large', 1536)).not.toBe(a);
  });

  it('refuses an empty model or impossible dimensions', () => {
    expect(() => vectorFingerprint(' ', 3)).toThrow(RangeError);
    expect(() => vectorFingerprint('m', 0)).toThrow(RangeError);
    expect(() => vectorFingerprint('m', 1.5)).toThrow(RangeError);
  });
});
