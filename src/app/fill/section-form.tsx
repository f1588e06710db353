import { memo, useMemo, useRef, useState, type MutableRefObject } from 'react';
import type { ErrorObject } from 'ajv';
import {
  UPDATE_CORE,
  UPDATE_DATA,
  type JsonFormsCore,
  type JsonFormsI18nState,
  type JsonSchema,
  type Middleware,
  type VerticalLayout,
} from '@jsonforms/core';
import { cells, renderers, SubscribedForm } from '../../renderers';
import { sharedAjv } from './shared-ajv';
import { withoutErrorsAt } from './stale-field-errors';

interface SectionFormProps {
  schema: JsonSchema;
  layout: VerticalLayout;
  answersRef: MutableRefObject<unknown>;
  i18n: JsonFormsI18nState;
  /**
   * Errors of the whole report from the page's check, shown by the fields
   * they belong to. JSON Forms validates nothing itself: a keystroke never
   * waits for a validation, and the page compiles the schema only once.
   */
  fieldErrors: ErrorObject[];
  /** Changes with every check that comes back, even one with no news. */
  lastCheck: unknown;
  showAllErrors: boolean;
  readOnly: boolean;
  /** Told which boxes hold text they cannot read; must stay the same. */
  onUnreadable: (path: string, why: string | undefined) => void;
  /** Told the unreadable text of boxes; must stay the same. */
  onUnreadableText: (path: string, text: string | undefined) => void;
  /** The unreadable text kept for a box; must stay the same. */
  unreadableTextAt: (path: string) => string | undefined;
  onAnswers: (answers: unknown) => void;
}

/**
 * One section of the report. Mount it with `key` = the section: it reads the
 * answers once, at mount, and from then on JSON Forms owns them, so nothing
 * typed is ever overwritten by a stale copy while the person types.
 */
export const SectionForm = memo(function SectionForm(props: SectionFormProps) {
  const [initialAnswers] = useState(() => props.answersRef.current);
  const { showAllErrors, onUnreadable, onUnreadableText, unreadableTextAt } =
    props;
  // A new config object re-renders every control: only when these change.
  const config = useMemo(
    () => ({ showAllErrors, onUnreadable, onUnreadableText, unreadableTextAt }),
    [showAllErrors, onUnreadable, onUnreadableText, unreadableTextAt],
  );
  const onChange = ({ data }: Pick<JsonFormsCore, 'data'>) =>
    props.onAnswers(data);
  // JSON Forms hands data to onChange only after a 10 ms debounce, so a tab
  // closed right after a keystroke would lose it. The middleware sees every
  // change as it happens; the microtask keeps React state updates out of
  // JSON Forms' own reducer. onChange still runs: repeats are ignored.
  const setAside = useRef(false);
  const [middleware] = useState(() =>
    immediateAnswers(props.onAnswers, () => (setAside.current = true)),
  );
  // Errors typing set aside come back with the next check if they still
  // hold: a new list makes JSON Forms take them again.
  const { fieldErrors, lastCheck } = props;
  const additionalErrors = useMemo(() => {
    if (!setAside.current) return fieldErrors;
    setAside.current = false;
    return [...fieldErrors];
  }, [fieldErrors, lastCheck]);

  return (
    <SubscribedForm
      schema={props.schema}
      uischema={props.layout}
      data={initialAnswers}
      renderers={renderers}
      cells={cells}
      ajv={sharedAjv()}
      i18n={props.i18n}
      config={config}
      readonly={props.readOnly}
      onChange={onChange}
      middleware={middleware}
      validationMode="NoValidation"
      additionalErrors={additionalErrors}
    />
  );
});

function immediateAnswers(
  onAnswers: (answers: unknown) => void,
  onSetAside: () => void,
): Middleware {
  return (state, action, reduce) => {
    // After mount the answers live in JSON Forms: new props (errors to show
    // by the fields, a new language) must not put the mount-time answers
    // back over what was typed since.
    const next = reduce(
      state,
      action.type === UPDATE_CORE ? { ...action, data: state.data } : action,
    );
    if (action.type !== UPDATE_DATA || next.data === state.data) return next;
    queueMicrotask(() => onAnswers(next.data));
    // The errors about the field just changed are stale until the next
    // check: they must not show while typing or once the box is left.
    const shown = next.additionalErrors ?? [];
    const additionalErrors = withoutErrorsAt(shown, action.path);

    if (additionalErrors === shown) return next;
    onSetAside();
    return { ...next, additionalErrors };
  };
}
