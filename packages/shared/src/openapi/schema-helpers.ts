/** A JSON Schema object inside an OpenAPI document. */
export type Schema = Record<string, unknown>;

export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });

/** A string, limited to `names` when there are any. */
export function modelNameSchema(names: readonly string[], description: string): Schema {
  return names.length > 0
    ? { type: 'string', enum: [...names], description }
    : { type: 'string', description };
}
