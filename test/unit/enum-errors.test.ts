/**
 * withAllowedValues (src/enum-errors.ts): every graphql-js wording of a bad enum input gets the enum's allowed values,
 * a stable code and no "Did you mean"; any other error is left alone.
 */
import { GraphQLError } from 'graphql';
import { badEnumName, withAllowedValues } from '../../src/enum-errors';
import { createSchema } from '../../src/server';

const schema = createSchema();

describe('withAllowedValues', () => {
  it.each([
    ['an enum literal', 'Value "chip_supply" does not exist in "DealKind" enum. Did you mean the enum value "CHIP_SUPPLY"?'],
    ['a string literal', 'Enum "DealKind" cannot represent non-enum value: "chip_supply". Did you mean the enum value "CHIP_SUPPLY"?'],
    ['a variable', 'Variable "$filter" got invalid value "chip_supply" at "filter.kind"; Value "chip_supply" does not exist in "DealKind" enum. Did you mean the enum value "CHIP_SUPPLY"?'],
    ['a variable that is no string', 'Variable "$kind" got invalid value 3; Enum "DealKind" cannot represent non-string value: 3.'],
  ])('lists the allowed values for %s', (_what, message) => {
    const error = withAllowedValues(new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } }), schema);
    expect(error.message).not.toMatch(/Did you mean/);
    expect(error.message).toMatch(/Allowed values of DealKind: CLOUD_CAPACITY, CHIP_SUPPLY, .*, OTHER\.$/);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_ENUM_VALUE', enum: 'DealKind', http: { status: 400 } });
    expect(error.extensions.allowedValues).toContain('CHIP_SUPPLY');
  });

  it('leaves other errors, and unknown type names, as they are', () => {
    const other = new GraphQLError('first must be an integer between 0 and 100; got 500.');
    expect(withAllowedValues(other, schema)).toBe(other);
    const unknown = new GraphQLError('Value "x" does not exist in "NoSuchEnum" enum.');
    expect(withAllowedValues(unknown, schema)).toBe(unknown);
    expect(badEnumName('Cannot query field "x" on type "Query".')).toBeNull();
  });
});
