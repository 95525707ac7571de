import { Typography, useDesignSystem } from '@strapi/design-system';
import { enumLabel } from './translations/enum-translations';
import { isYearField } from './year-fields';

/** The content manager's hook for changing the list view's columns. */
export const INJECT_COLUMN_IN_TABLE = 'Admin/CM/pages/ListView/inject-column-in-table';

interface ListHeader {
  name: string;
  attribute?: { type?: string };
  cellFormatter?: (row: Record<string, unknown>, header: ListHeader, context: { model: string }) => unknown;
  [key: string]: unknown;
}

interface ColumnHookArgs {
  displayedHeaders: ListHeader[];
  [key: string]: unknown;
}

/** An enumeration value under its name in the admin's language (the value when ENUM_LABELS has none). */
function EnumCell({ model, attribute, value }: { model: string; attribute: string; value: string }) {
  const { locale } = useDesignSystem('EnumCell');
  return <Typography>{enumLabel(model, attribute, value, locale) ?? value}</Typography>;
}

/**
 * Gives the list view's enumeration columns their names (Strapi shows the stored code, e.g.
 * `news_brief`) and its year columns plain digits (Strapi groups them, "2,023").
 */
export function labelListColumns({ displayedHeaders, ...rest }: ColumnHookArgs): ColumnHookArgs {
  const headers = displayedHeaders.map((header): ListHeader => {
    const type = header.attribute?.type;
    if (type === 'enumeration') {
      return {
        ...header,
        cellFormatter: (row, _header, { model }) => {
          const value = row[header.name];
          return typeof value === 'string' ? (
            <EnumCell model={model} attribute={header.name} value={value} />
          ) : (
            '-'
          );
        },
      };
    }
    if (type === 'integer' && isYearField(header.name)) {
      return {
        ...header,
        cellFormatter: (row) => {
          const value = row[header.name];
          return <Typography>{typeof value === 'number' ? String(value) : '-'}</Typography>;
        },
      };
    }
    return header;
  });
  return { ...rest, displayedHeaders: headers };
}
