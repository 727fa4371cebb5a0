import { isCalendarDate } from '@dateline/core';
import type { JsonSchema, JsonType } from '../openapi/types.js';

/**
 * Every way `value` breaks `schema` (JSON Schema as the OpenAPI document uses it, `$ref`s resolved
 * in `schemas`), each as "path: what is wrong"; empty when it conforms. Checks the keywords the
 * document uses, formats `date` and `date-time` included, so a test can hold whole responses to it.
 */
export function schemaErrors(value: unknown, schema: JsonSchema, schemas: Record<string, JsonSchema>, path = '$'): string[] {
  if (schema.$ref) {
    const target = schemas[schema.$ref.replace('#/components/schemas/', '')];
    if (!target) return [`${path}: dangling ${schema.$ref}`];
    return schemaErrors(value, target, schemas, path);
  }
  if (schema.anyOf) {
    const failures = schema.anyOf.map((option) => schemaErrors(value, option, schemas, path));
    return failures.some((errors) => errors.length === 0) ? [] : [`${path}: matches no anyOf option (${failures.flat().join('; ')})`];
  }
  const types = schema.type === undefined ? undefined : [schema.type].flat();
  if (types && !types.some((type) => isOfType(value, type))) return [`${path}: ${JSON.stringify(value)} is not ${types.join(' or ')}`];
  const errors: string[] = [];
  if (schema.const !== undefined && value !== schema.const) errors.push(`${path}: is not ${schema.const}`);
  if (schema.enum && !schema.enum.includes(value as string)) errors.push(`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  if (typeof value === 'string') errors.push(...stringErrors(value, schema, path));
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${path}: ${value} < ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${path}: ${value} > ${schema.maximum}`);
  }
  if (Array.isArray(value) && schema.items) {
    const items = schema.items;
    value.forEach((item, i) => errors.push(...schemaErrors(item, items, schemas, `${path}[${i}]`)));
  }
  if (isObject(value)) {
    for (const name of schema.required ?? []) if (!(name in value)) errors.push(`${path}: lacks ${name}`);
    for (const [name, member] of Object.entries(value)) {
      const property = schema.properties?.[name];
      if (property) errors.push(...schemaErrors(member, property, schemas, `${path}.${name}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: has undocumented ${name}`);
    }
  }
  return errors;
}

function stringErrors(value: string, schema: JsonSchema, path: string): string[] {
  const errors: string[] = [];
  if (schema.minLength !== undefined && value.length < schema.minLength) errors.push(`${path}: shorter than ${schema.minLength}`);
  if (schema.maxLength !== undefined && value.length > schema.maxLength) errors.push(`${path}: longer than ${schema.maxLength}`);
  if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
  if (schema.format === 'date' && !isCalendarDate(value)) errors.push(`${path}: ${JSON.stringify(value)} is not a date`);
  if (schema.format === 'date-time' && Number.isNaN(Date.parse(value))) errors.push(`${path}: ${JSON.stringify(value)} is not a date-time`);
  return errors;
}

function isOfType(value: unknown, type: JsonType): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
