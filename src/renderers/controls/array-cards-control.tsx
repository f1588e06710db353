import {
  and,
  composePaths,
  findUISchema,
  isObjectArrayControl,
  not,
  or,
  rankWith,
  type ArrayControlProps,
} from '@jsonforms/core';
import {
  JsonFormsDispatch,
  withJsonFormsArrayControlProps,
} from '@jsonforms/react';
import { useId, useMemo } from 'react';
import { errorLines, useErrorDisplay } from '../common/errors';
import { FieldErrors } from '../common/field';
import { ItemContext } from '../common/item-context';
import { AddRowButton } from '../common/add-row-button';
import { removeRowIfConfirmed } from '../common/rows';
import { useWords } from '../common/words';
import { hasNestedItems, wantsCards, wantsTable } from '../testers';

/**
 * Repeating items too rich for a table row (an application with its
 * deployment details): one card per item, laid out by `options.detail` or a
 * generated layout, with "Thêm" and "Xóa" like the table. Each card
 * redraws only when its own answers or errors change.
 */
export function ArrayCardsControl(props: ArrayControlProps) {
  const listId = useId();
  const words = useWords();
  const { shown } = useErrorDisplay(props.config);
  const detail = useMemo(
    () =>
      findUISchema(
        props.uischemas ?? [],
        props.schema,
        props.uischema.scope,
        props.path,
        'VerticalLayout',
        props.uischema,
        props.rootSchema,
      ),
    [
      props.uischemas,
      props.schema,
      props.uischema,
      props.path,
      props.rootSchema,
    ],
  );
  if (!props.visible) return null;

  const items: unknown[] = Array.isArray(props.data) ? props.data : [];
  const errors = shown ? errorLines(undefined, props.errors) : [];

  function removeItem(index: number) {
    const itemLabel = `${props.label}, ${words('item').toLowerCase()} ${index + 1}`;
    removeRowIfConfirmed(props, index, words('deleteDialogMessage'), itemLabel);
  }

  return (
    <section className="bm-field bm-cards" aria-labelledby={`${listId}-title`}>
      <h3 id={`${listId}-title`} className="bm-label">
        {props.label}
        {props.required && <span className="bm-required"> *</span>}
      </h3>
      {props.description && (
        <p className="bm-description">{props.description}</p>
      )}
      {items.length === 0 && (
        <p className="bm-empty">{words('noDataMessage')}</p>
      )}
      {items.map((_, index) => (
        <fieldset className="bm-card" key={index}>
          <legend>
            {words('item')} {index + 1}
          </legend>
          <ItemContext path={composePaths(props.path, `${index}`)}>
            <JsonFormsDispatch
              schema={props.schema}
              uischema={detail}
              path={composePaths(props.path, `${index}`)}
              enabled={props.enabled}
              renderers={props.renderers}
              cells={props.cells}
            />
          </ItemContext>
          {props.enabled && (
            <button
              type="button"
              className="bm-button bm-remove bm-no-print"
              onClick={() => removeItem(index)}
            >
              {words('removeTooltip')} {words('item').toLowerCase()} {index + 1}
            </button>
          )}
        </fieldset>
      ))}
      <FieldErrors id={`${listId}-error`} errors={errors} />
      <AddRowButton array={props} />
    </section>
  );
}

export const arrayCardsControlTester = rankWith(
  5,
  and(isObjectArrayControl, not(wantsTable), or(wantsCards, hasNestedItems)),
);

export default withJsonFormsArrayControlProps(ArrayCardsControl);
