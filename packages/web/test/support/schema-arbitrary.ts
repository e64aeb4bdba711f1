import fc from 'fast-check';

/**
 * fast-check arbitraries read from a zod 4 schema, so the round-trip property covers every
 * field the workspace file has, including fields added later, without a hand-kept copy.
 * Generates the schema's output side (what validation returns): a union branch that only
 * parses text into a number (AHP's "1/3") is skipped, since its output is a plain number.
 * Sizes are kept small (lists up to 3, records up to 3 keys) so 200 documents run in seconds.
 */

// zod keeps its definition on `_zod.def`; only what we read is typed here.
interface Def {
  type: string;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  options?: Schema[];
  entries?: Record<string, string>;
  values?: unknown[];
  keyType?: Schema;
  valueType?: Schema;
  items?: Schema[];
  in?: Schema;
  out?: Schema;
  format?: string;
}
export interface Schema {
  _zod: { def: Def };
}

const MAX_ITEMS = 3;

function checksOf(schema: Schema): Record<string, unknown>[] {
  return (schema._zod.def.checks ?? []).map((c) => c._zod.def);
}

function isOptional(schema: Schema): boolean {
  return schema._zod.def.type === 'optional';
}

/** A transform-only branch has no output we can generate directly. */
function isTransform(schema: Schema): boolean {
  const def = schema._zod.def;
  return def.type === 'pipe' && def.out?._zod.def.type === 'transform';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const isoDate = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2040-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const isoInstant = fc
  .tuple(
    isoDate,
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.constantFrom('Z', '+01:00', '-05:00', '+05:30'),
  )
  .map(([day, h, m, zone]) => `${day}T${pad(h)}:${pad(m)}:00${zone}`);

const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/), fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/))
  .map(([local, domain]) => `${local}@${domain}.example`);

function stringArbitrary(schema: Schema): fc.Arbitrary<string> {
  const def = schema._zod.def;
  if (def.format === 'date') return isoDate;
  if (def.format === 'datetime') return isoInstant;
  if (def.format === 'email') return email;
  let min = 0;
  let max = 12;
  let pattern: RegExp | undefined;
  for (const check of checksOf(schema)) {
    if (check.check === 'min_length') min = Number(check.minimum);
    if (check.check === 'max_length') max = Number(check.maximum);
    if (check.check === 'string_format' && check.format === 'regex')
      pattern = check.pattern as RegExp;
  }
  if (pattern) return fc.stringMatching(pattern).filter((s) => s.length >= min && s.length <= 64);
  // Printable text, including non-ASCII and quotes, which YAML and JSON must both keep.
  return fc.string({ minLength: min, maxLength: Math.max(min, max), unit: 'grapheme' });
}

function numberArbitrary(schema: Schema): fc.Arbitrary<number> {
  let min = -1e9;
  let max = 1e9;
  let minExcluded = false;
  let maxExcluded = false;
  let integer = false;
  for (const check of checksOf(schema)) {
    if (check.check === 'greater_than') {
      min = Number(check.value);
      minExcluded = check.inclusive !== true;
    }
    if (check.check === 'less_than') {
      max = Number(check.value);
      maxExcluded = check.inclusive !== true;
    }
    if (check.check === 'number_format' && String(check.format).includes('int')) integer = true;
  }
  if (integer) {
    return fc.integer({
      min: Math.ceil(minExcluded ? min + 1 : min),
      max: Math.floor(maxExcluded ? max - 1 : max),
    });
  }
  // JSON has no -0: a file cannot hold it, so neither can a generated document.
  return fc
    .double({ min, max, minExcluded, maxExcluded, noNaN: true, noDefaultInfinity: true })
    .map((n) => (Object.is(n, -0) ? 0 : n));
}

export function arbitraryOf(schema: Schema): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
      return stringArbitrary(schema);
    case 'number':
      return numberArbitrary(schema);
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'optional':
    case 'default':
      return arbitraryOf(def.innerType as Schema);
    case 'pipe':
      return arbitraryOf(def.in as Schema);
    case 'array': {
      let minLength = 0;
      let maxLength = MAX_ITEMS;
      for (const check of checksOf(schema)) {
        if (check.check === 'min_length') minLength = Number(check.minimum);
        if (check.check === 'max_length') maxLength = Math.min(MAX_ITEMS, Number(check.maximum));
      }
      return fc.array(arbitraryOf(def.element as Schema), {
        minLength,
        maxLength: Math.max(minLength, maxLength),
      });
    }
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map(arbitraryOf));
    case 'record': {
      const keyDef = (def.keyType as Schema)._zod.def;
      const keys =
        keyDef.type === 'string' && checksOf(def.keyType as Schema).length === 0
          ? fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/)
          : (arbitraryOf(def.keyType as Schema) as fc.Arbitrary<string>);
      return fc
        .uniqueArray(fc.tuple(keys, arbitraryOf(def.valueType as Schema)), {
          maxLength: MAX_ITEMS,
          selector: ([key]) => key,
        })
        .map((entries) => Object.fromEntries(entries));
    }
    case 'union':
      return fc.oneof(...(def.options ?? []).filter((o) => !isTransform(o)).map(arbitraryOf));
    case 'object': {
      const shape = def.shape ?? {};
      const model = Object.fromEntries(
        Object.entries(shape).map(([key, field]) => [key, arbitraryOf(field)]),
      );
      const requiredKeys = Object.entries(shape)
        .filter(([, field]) => !isOptional(field))
        .map(([key]) => key);
      return fc.record(model, { requiredKeys });
    }
    default:
      throw new Error(`no arbitrary for zod type "${def.type}"`);
  }
}
