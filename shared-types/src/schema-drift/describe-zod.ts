import { z } from 'zod';

/** What a zod field accepts, reduced to what can be compared with a Strapi attribute. */
export interface ZodFieldShape {
  /** Base kind after unwrapping nullable/optional/transforms. */
  kind: 'string' | 'number' | 'boolean' | 'enum' | 'object' | 'array' | 'other';
  /** Whether `null` is accepted. */
  nullable: boolean;
  /** Values of an enum field. */
  enumValues?: readonly string[];
  /** Keys of an object field (or of the array element). */
  objectKeys?: readonly string[];
  /** The inner object schema of an object field (or of the array element). */
  objectSchema?: z.AnyZodObject;
}

/** Strips nullable/optional/default/transform wrappers, noting whether null is accepted. */
function unwrap(schema: z.ZodTypeAny): { inner: z.ZodTypeAny; nullable: boolean } {
  let inner = schema;
  let nullable = false;
  for (;;) {
    if (inner instanceof z.ZodNullable || inner instanceof z.ZodOptional) {
      nullable = nullable || inner instanceof z.ZodNullable;
      inner = inner.unwrap();
    } else if (inner instanceof z.ZodDefault) {
      inner = inner.removeDefault();
    } else if (inner instanceof z.ZodEffects) {
      inner = inner.innerType();
    } else {
      return { inner, nullable };
    }
  }
}

/** Describes a zod field for the drift test. */
export function describeZodField(schema: z.ZodTypeAny): ZodFieldShape {
  const { inner, nullable } = unwrap(schema);
  if (inner instanceof z.ZodString) return { kind: 'string', nullable };
  if (inner instanceof z.ZodNumber) return { kind: 'number', nullable };
  if (inner instanceof z.ZodBoolean) return { kind: 'boolean', nullable };
  if (inner instanceof z.ZodEnum) return { kind: 'enum', nullable, enumValues: inner.options as string[] };
  if (inner instanceof z.ZodUnion) {
    const options = (inner.options as z.ZodTypeAny[]).map((option) => describeZodField(option).kind);
    // A decimal accepts a number or a numeric string and yields a number.
    return { kind: options.includes('number') ? 'number' : 'other', nullable };
  }
  if (inner instanceof z.ZodObject) {
    return { kind: 'object', nullable, objectKeys: Object.keys(inner.shape), objectSchema: inner };
  }
  if (inner instanceof z.ZodArray) {
    const element = describeZodField(inner.element);
    return { ...element, kind: 'array', nullable, enumValues: undefined };
  }
  return { kind: 'other', nullable };
}
