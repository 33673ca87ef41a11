import type { ValidationError } from 'class-validator';
import { validationErrorFactory } from './validation-error.factory.ts';

describe('validationErrorFactory', () => {
  it('flattens nested errors into field paths with snake_case codes', () => {
    const errors: ValidationError[] = [
      { property: 'trl', constraints: { max: 'trl must not be greater than 9' }, children: [] },
      {
        property: 'translations',
        children: [
          {
            property: '0',
            children: [{ property: 'title', constraints: { maxLength: 'title is too long' }, children: [] }],
          },
        ],
      },
    ];
    const error = validationErrorFactory(errors);
    expect(error.kind).toBe('invalid');
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual([
      { path: 'trl', code: 'max', message: 'trl must not be greater than 9' },
      { path: 'translations.0.title', code: 'max_length', message: 'title is too long' },
    ]);
  });
});
