import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../openapi/types.js';
import { schemaErrors } from './json-schema.js';

// The openapi tests trust schemaErrors to find what a response does wrong: these show that it does.
const schemas: Record<string, JsonSchema> = {
  Mention: {
    type: 'object',
    required: ['text', 'start'],
    additionalProperties: false,
    properties: { text: { type: 'string', minLength: 1 }, start: { type: 'integer', minimum: 0 } },
  },
  Thing: {
    type: 'object',
    required: ['key', 'kind', 'date', 'mentions', 'parent'],
    additionalProperties: false,
    properties: {
      key: { type: 'string', pattern: '^(person|place):' },
      kind: { type: 'string', enum: ['person', 'place'] },
      date: { type: 'string', format: 'date' },
      mentions: { type: 'array', items: { $ref: '#/components/schemas/Mention' } },
      parent: { anyOf: [{ $ref: '#/components/schemas/Mention' }, { type: 'null' }] },
    },
  },
};
const thing = { $ref: '#/components/schemas/Thing' };
const valid = { key: 'person:ann lee', kind: 'person', date: '2022-01-21', mentions: [{ text: 'Lee', start: 3 }], parent: null };

describe('schemaErrors', () => {
  it('accepts a conforming value, null where anyOf allows it', () => {
    expect(schemaErrors(valid, thing, schemas)).toEqual([]);
    expect(schemaErrors({ ...valid, parent: { text: 'Ann', start: 0 } }, thing, schemas)).toEqual([]);
  });

  it.each([
    ['an undocumented property', { ...valid, extra: 1 }, '$: has undocumented extra'],
    ['a missing property', { ...valid, kind: undefined }, '$: lacks kind'],
    ['a wrong type deep inside', { ...valid, mentions: [{ text: 'Lee', start: '3' }] }, '$.mentions[0].start: "3" is not integer'],
    ['a non-integer', { ...valid, mentions: [{ text: 'Lee', start: 1.5 }] }, '$.mentions[0].start: 1.5 is not integer'],
    ['a value below the minimum', { ...valid, mentions: [{ text: 'Lee', start: -1 }] }, '$.mentions[0].start: -1 < 0'],
    ['an empty string under minLength', { ...valid, mentions: [{ text: '', start: 0 }] }, '$.mentions[0].text: shorter than 1'],
    ['a value outside the enum', { ...valid, kind: 'planet' }, '$.kind: "planet" is not one of person, place'],
    ['a string off the pattern', { ...valid, key: 'ann lee' }, '$.key: "ann lee" does not match ^(person|place):'],
    ['an impossible date', { ...valid, date: '2022-02-30' }, '$.date: "2022-02-30" is not a date'],
    ['an undocumented property in an anyOf option', { ...valid, parent: { text: 'Ann', start: 0, end: 3 } }, '$.parent: matches no anyOf option'],
  ])('reports %s', (_, value, error) => {
    const errors = schemaErrors(JSON.parse(JSON.stringify(value)), thing, schemas);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(error);
  });

  it('reports a dangling reference', () => {
    expect(schemaErrors({}, { $ref: '#/components/schemas/Nope' }, schemas)).toEqual(['$: dangling #/components/schemas/Nope']);
  });
});
