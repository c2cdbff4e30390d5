import { describe, expect, it } from 'vitest';
import { generateFromSchema } from './generate-from-schema.js';
import { createRandom } from './hash-text.js';

describe('generateFromSchema', () => {
  it('fills every property with a value of its type', () => {
    const schema = {
      type: 'object',
      properties: {
        city: { type: 'string' },
        unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
        days: { type: 'integer' },
        tags: { type: 'array', items: { type: 'string' } },
        nested: { type: 'object', properties: { ok: { type: 'boolean' } } },
        maybe: { type: ['number', 'null'] },
      },
    };
    const value = generateFromSchema(schema, createRandom(1)) as Record<string, unknown>;
    expect(value.city).toBe('mock-city');
    expect(value.unit).toBe('celsius');
    expect(Number.isInteger(value.days)).toBe(true);
    expect(value.tags).toEqual(['mock-tags']);
    expect(typeof (value.nested as Record<string, unknown>).ok).toBe('boolean');
    expect(typeof value.maybe).toBe('number');
  });
  it("understands Gemini's upper-case types and const/anyOf", () => {
    expect(
      generateFromSchema(
        { type: 'OBJECT', properties: { n: { type: 'STRING' } } },
        createRandom(1),
      ),
    ).toEqual({ n: 'mock-n' });
    expect(generateFromSchema({ const: 7 }, createRandom(1))).toBe(7);
    expect(
      generateFromSchema({ anyOf: [{ type: 'string' }, { type: 'null' }] }, createRandom(1), 'x'),
    ).toBe('mock-x');
  });
  it('is deterministic for the same seed', () => {
    const schema = {
      type: 'object',
      properties: { a: { type: 'number' }, b: { type: 'integer' } },
    };
    expect(generateFromSchema(schema, createRandom(9))).toEqual(
      generateFromSchema(schema, createRandom(9)),
    );
  });
});
