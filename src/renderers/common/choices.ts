import {
  enumToEnumOptionMapper,
  getI18nKeyPrefix,
  oneOfToEnumOptionMapper,
  type EnumOption,
  type JsonSchema,
  type UISchemaElement,
} from '@jsonforms/core';
import { useJsonForms } from '@jsonforms/react';
import { useMemo } from 'react';
import { resolved } from '../testers';

/**
 * The options of a single choice (`schema`) or of a multiple choice's items,
 * labelled by their `title`s through the app's translator.
 */
export function useChoices(
  schema: JsonSchema,
  uischema: UISchemaElement,
  path: string,
  rootSchema: JsonSchema,
): EnumOption[] {
  const translate = useJsonForms().i18n?.translate;

  return useMemo(() => {
    const items = Array.isArray(schema.items) ? undefined : schema.items;
    const source = resolved(
      schema.type === 'array' && items ? items : schema,
      rootSchema,
    );
    const prefix = getI18nKeyPrefix(schema, uischema, path);
    if (source.oneOf) {
      return source.oneOf.map((option) =>
        oneOfToEnumOptionMapper(option, translate, prefix),
      );
    }

    return (source.enum ?? []).map((value) =>
      enumToEnumOptionMapper(value, translate, prefix),
    );
  }, [schema, uischema, path, rootSchema, translate]);
}
