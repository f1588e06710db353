import {
  and,
  composePaths,
  findUISchema,
  isObjectArrayControl,
  not,
  or,
  rankWith,
  type ArrayControlProps,
  type UISchemaElement,
} from '@jsonforms/core';
import { JsonFormsDispatch } from '@jsonforms/react';
import { memo, useCallback, useId, useMemo, useRef } from 'react';
import { errorLines, useErrorDisplay } from '../common/errors';
import { FieldErrors } from '../common/field';
import { AddRowButton } from '../common/add-row-button';
import { removeRowIfConfirmed } from '../common/rows';
import { useWords } from '../common/words';
import { hasNestedItems, wantsCards, wantsTable } from '../testers';
import { connectArray } from '../common/connections';

/**
 * Repeating items too rich for a table row (an application with its
 * deployment details): one card per item, laid out by `options.detail` or a
 * generated layout, with "Thêm" and "Xóa" like the table. The questions
 * in a card follow their own answers, so typing redraws only the one typed
 * into.
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
  // Cards get one remover that never changes, so it never redraws them.
  const latest = useRef({ props, words });
  latest.current = { props, words };
  const removeItem = useCallback((index: number) => {
    const { props: list, words: say } = latest.current;
    const itemLabel = `${list.label}, ${say('item').toLowerCase()} ${index + 1}`;
    removeRowIfConfirmed(list, index, say, itemLabel);
  }, []);
  if (!props.visible) return null;

  const items: unknown[] = Array.isArray(props.data) ? props.data : [];
  const errors = shown ? errorLines(undefined, props.errors) : [];

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
        <Card
          key={index}
          index={index}
          path={composePaths(props.path, `${index}`)}
          schema={props.schema}
          detail={detail}
          enabled={props.enabled}
          renderers={props.renderers}
          cells={props.cells}
          itemWord={words('item')}
          removeWord={words('removeTooltip')}
          onRemove={removeItem}
        />
      ))}
      <FieldErrors id={`${listId}-error`} errors={errors} />
      <AddRowButton array={props} />
    </section>
  );
}

interface CardProps {
  index: number;
  path: string;
  schema: ArrayControlProps['schema'];
  detail: UISchemaElement;
  enabled: boolean;
  renderers: ArrayControlProps['renderers'];
  cells: ArrayControlProps['cells'];
  itemWord: string;
  removeWord: string;
  onRemove: (index: number) => void;
}

/**
 * One item of the list. Its questions follow their own answers; the card
 * redraws only when it moves or the list's settings change, so typing in
 * one card leaves the other cards alone.
 */
const Card = memo(function Card(props: CardProps) {
  return (
    <fieldset className="bm-card">
      <legend>
        {props.itemWord} {props.index + 1}
      </legend>
      <JsonFormsDispatch
        schema={props.schema}
        uischema={props.detail}
        path={props.path}
        enabled={props.enabled}
        renderers={props.renderers}
        cells={props.cells}
      />
      {props.enabled && (
        <button
          type="button"
          className="bm-button bm-remove bm-no-print"
          onClick={() => props.onRemove(props.index)}
        >
          {props.removeWord} {props.itemWord.toLowerCase()} {props.index + 1}
        </button>
      )}
    </fieldset>
  );
});

export const arrayCardsControlTester = rankWith(
  5,
  and(isObjectArrayControl, not(wantsTable), or(wantsCards, hasNestedItems)),
);

export default connectArray(ArrayCardsControl);
