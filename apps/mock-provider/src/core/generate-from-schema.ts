type SchemaObject = Record<string, unknown>;

const MAX_DEPTH = 8;

function isObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pickType(schema: SchemaObject): string | undefined {
  const type = schema.type;
  if (typeof type === 'string') return type.toLowerCase(); // Gemini's schemas say "OBJECT", "STRING"
  if (Array.isArray(type))
    return (
      type.find((t): t is string => typeof t === 'string' && t !== 'null')?.toLowerCase() ?? 'null'
    );
  if (isObject(schema.properties)) return 'object';
  if (schema.items !== undefined) return 'array';
  return undefined;
}

const SCALARS: Record<string, (name: string, random: () => number) => unknown> = {
  string: (name) => `mock-${name}`,
  integer: (_name, random) => Math.floor(random() * 100),
  number: (_name, random) => Math.round(random() * 1000) / 10,
  boolean: (_name, random) => random() < 0.5,
  null: () => null,
};

/**
 * Builds a deterministic instance of a JSON Schema (the subset that tool parameters and
 * structured outputs use: type, properties, items, enum, const, anyOf/oneOf, $defs refs ignored).
 */
export function generateFromSchema(
  schema: unknown,
  random: () => number,
  name = 'value',
  depth = 0,
): unknown {
  if (!isObject(schema) || depth > MAX_DEPTH) return SCALARS.string?.(name, random);
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  const variants = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(variants) && variants.length > 0)
    return generateFromSchema(variants[0], random, name, depth + 1);
  const type = pickType(schema) ?? 'string';
  if (type === 'object') return generateObject(schema, random, depth);
  if (type === 'array') {
    const minItems = typeof schema.minItems === 'number' ? Math.max(1, schema.minItems) : 1;
    return Array.from({ length: minItems }, () =>
      generateFromSchema(schema.items, random, name, depth + 1),
    );
  }
  const scalar = SCALARS[type] ?? SCALARS.string;
  return scalar?.(name, random);
}

function generateObject(
  schema: SchemaObject,
  random: () => number,
  depth: number,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const properties = isObject(schema.properties) ? schema.properties : {};
  for (const [key, child] of Object.entries(properties)) {
    result[key] = generateFromSchema(child, random, key, depth + 1);
  }
  return result;
}
