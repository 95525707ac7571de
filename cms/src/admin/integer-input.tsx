import { Field, TextInput } from '@strapi/design-system';
import { InputRenderer, useField } from '@strapi/strapi/admin';
import type * as React from 'react';
import { isYearField, parseYearText } from './year-fields';

type InputProps = React.ComponentProps<typeof InputRenderer>;

/** A year as four plain digits; the value stays an integer, validated by the schema's min and max. */
function YearInput({ name, label, hint, required, disabled, labelAction, placeholder }: InputProps) {
  const field = useField<number | null>(name);
  return (
    <Field.Root name={name} error={field.error} hint={hint} required={required}>
      <Field.Label action={labelAction}>{label}</Field.Label>
      <TextInput
        inputMode="numeric"
        maxLength={4}
        placeholder={placeholder}
        disabled={disabled}
        value={field.value === null || field.value === undefined ? '' : String(field.value)}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
          const value = parseYearText(event.target.value);
          if (value !== undefined) field.onChange(name, value);
        }}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}

/**
 * The edit view's input for every integer field (registered with `addFields`): years without a
 * thousands separator, any other integer with Strapi's own number input.
 */
export function IntegerInput(props: InputProps) {
  return isYearField(props.name) ? <YearInput {...props} /> : <InputRenderer {...props} />;
}
