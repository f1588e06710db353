import {
  enumToEnumOptionMapper,
  type CellProps,
  type ControlProps,
  getI18nKeyPrefix,
  oneOfToEnumOptionMapper,
  type EnumOption,
  type JsonSchema,
  type Translator,
  type UISchemaElement,
} from '@jsonforms/core';
import { useId, useMemo } from 'react';
import { resolved } from '../testers';
import { errorLines, useErrorDisplay } from './errors';

/**
 * The options of a single choice (`schema`) or of a multiple choice's items,
 * labelled by their `title`s through the app's translator (a cell passes
 * the one its table gives it, a control the JSON Forms one).
 */
export function useChoices(
  schema: JsonSchema,
  uischema: UISchemaElement,
  path: string,
  rootSchema: JsonSchema,
  translate: Translator | undefined,
): EnumOption[] {
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

/**
 * What every choice control and cell starts with: an id for its input or
 * group, its options, the error lines to show and the blur handler that
 * lets them show.
 */
export function useChoiceField(
  props: ControlProps | CellProps,
  translate: Translator | undefined,
) {
  const id = useId();
  const { shown, touch } = useErrorDisplay(props.config);
  const options = useChoices(
    props.schema,
    props.uischema,
    props.path,
    props.rootSchema,
    translate,
  );
  const errors = shown ? errorLines(undefined, props.errors) : [];

  return { id, options, errors, touch };
}

/** The value behind a `<select>`'s chosen option index; '' is no answer. */
export function valueOfChoice(options: EnumOption[], choice: string): unknown {
  return choice === '' ? undefined : options[+choice].value;
}
