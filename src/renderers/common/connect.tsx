import type { JsonFormsState, UISchemaElement } from '@jsonforms/core';
import {
  memo,
  useMemo,
  useRef,
  useSyncExternalStore,
  type ComponentType,
} from 'react';
import { FormStoreRoot, useFormStore, type FormStore } from './form-store';
import { errorIndexOf, errorsNear, type ErrorIndex } from './error-index';
import { answerAt, readPlaces, type ReadPlaces } from './read-places';

/** What a parent hands a renderer: JSON Forms' own props. */
export interface OwnProps {
  uischema: UISchemaElement;
  path?: string;
}

/** How one kind of renderer is fed from the form's state. */
export interface Connection<Own extends OwnProps> {
  /** JSON Forms' mapStateTo…Props for this kind of renderer. */
  select: (state: JsonFormsState, own: Own) => object;
  /** The answers the renderer shows: its own value, or none (layouts). */
  reads: 'value' | 'nothing';
  /** Where the renderer's value is: a cell is given its whole path. */
  at?: 'scope' | 'path';
  /** JSON Forms' mapDispatchTo…Props (given its `dispatch`), made once. */
  handlers?: (dispatch: never) => object;
}

interface Selection {
  own: object;
  places: ReadPlaces;
  /** The errors `inputs` were read from. */
  errors: ErrorIndex;
  inputs: unknown[];
  props: object;
}

// What a renderer's props are made from: the settings (language, config,
// definition, behind `store.shared`), its answer and the errors near it,
// then what its rule reads. Read for every renderer on every change, so the
// check allocates nothing until something differs.
function inputAt(
  store: FormStore,
  places: ReadPlaces,
  errors: ErrorIndex,
  at: number,
): unknown {
  const answers = store.latest.core?.data;
  if (at === 0) return store.shared;
  const own = places.value ? 2 : 0;
  if (at === 1 && own) return answerAt(answers, places.value!);
  if (at === 2 && own) return errorsNear(errors, places.valuePath!);
  if (places.rule === 'all') return answers;

  return answerAt(answers, places.rule[at - own - 1]);
}

function inputsOf(
  store: FormStore,
  places: ReadPlaces,
  errors: ErrorIndex,
): unknown[] {
  const rule = places.rule === 'all' ? 1 : places.rule.length;
  const count = 1 + (places.value ? 2 : 0) + rule;

  return Array.from({ length: count }, (_, at) =>
    inputAt(store, places, errors, at),
  );
}

function unchanged(store: FormStore, seen: Selection): boolean {
  const errors = errorIndexOf(store.latest.core);
  for (let at = 0; at < seen.inputs.length; at += 1) {
    // The errors near a renderer are worked out only for a new error list.
    if (at === 2 && seen.places.value && errors === seen.errors) continue;
    const input = inputAt(store, seen.places, errors, at);
    if (!sameValue(seen.inputs[at], input)) return false;
  }
  seen.errors = errors;

  return true;
}

function placesOf<Own extends OwnProps>(own: Own, connection: Connection<Own>) {
  const value =
    connection.reads === 'nothing' ? 'none' : (connection.at ?? 'scope');

  return readPlaces(own.uischema, own.path ?? '', value);
}

// Lists (a list's items, a renderer's `childErrors`) are the same when their
// items are.
const sameValue = (a: unknown, b: unknown) =>
  Object.is(a, b) ||
  (Array.isArray(a) &&
    Array.isArray(b) &&
    a.length === b.length &&
    a.every((item, i) => Object.is(item, b[i])));

function sameProps(a: object, b: object): boolean {
  const before = a as Record<string, unknown>;
  const after = b as Record<string, unknown>;
  const keys = Object.keys(after);

  return (
    keys.length === Object.keys(before).length &&
    keys.every((key) => sameValue(before[key], after[key]))
  );
}

function useSelection<Own extends OwnProps>(
  store: FormStore,
  own: Own,
  connection: Connection<Own>,
): object {
  const last = useRef<Selection>(undefined);
  const snapshot = () => {
    const seen = last.current;
    if (seen?.own === own && unchanged(store, seen)) return seen.props;
    const places = seen?.own === own ? seen.places : placesOf(own, connection);
    const errors = errorIndexOf(store.latest.core);
    const inputs = inputsOf(store, places, errors);
    const state = { jsonforms: { ...store.latest } } as JsonFormsState;
    const next = connection.select(state, own);
    const props = seen && sameProps(seen.props, next) ? seen.props : next;
    last.current = { own, places, errors, inputs, props };

    return props;
  };

  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}

/**
 * Call once per renderer, in place of `withJsonForms…Props`: the same
 * props, but the renderer redraws only when they change. A keystroke
 * redraws the field typed into, not every field of the section.
 */
export function connect<Own extends OwnProps, Props>(
  Component: ComponentType<Props>,
  connection: Connection<Own>,
): ComponentType<Own> {
  const Shown = memo(Component) as unknown as ComponentType<object>;
  function Subscribed(own: Own) {
    const store = useFormStore()!;
    const props = useSelection(store, own, connection);
    const { dispatch } = store.shared;
    const handlers = useMemo(
      () => (dispatch && connection.handlers?.(dispatch as never)) ?? {},
      [dispatch],
    );

    return <Shown {...own} {...props} {...handlers} />;
  }

  return function Connected(own: Own) {
    const store = useFormStore();
    if (store) return <Subscribed {...own} />;

    return (
      <FormStoreRoot>
        <Subscribed {...own} />
      </FormStoreRoot>
    );
  };
}
