import {
  memo,
  useEffect,
  useMemo,
  useState,
  type MutableRefObject,
} from 'react';
import { JsonForms } from '@jsonforms/react';
import {
  UPDATE_DATA,
  type JsonFormsCore,
  type JsonFormsI18nState,
  type JsonSchema,
  type Middleware,
  type ValidationMode,
  type VerticalLayout,
} from '@jsonforms/core';
import { cells, renderers } from '../../renderers';
import { sharedAjv } from './shared-ajv';

interface SectionFormProps {
  schema: JsonSchema;
  layout: VerticalLayout;
  answersRef: MutableRefObject<unknown>;
  i18n: JsonFormsI18nState;
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
  const [middleware] = useState(() => immediateAnswers(props.onAnswers));
  const validationMode = useValidationAfterPaint(props.schema);

  return (
    <JsonForms
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
      validationMode={validationMode}
    />
  );
});

// Schemas JSON Forms has compiled on this page (ajv keeps the compilation).
const compiled = new WeakSet<object>();

/**
 * Compiling the schema takes a quarter of a second on an old PC: the first
 * section paints without validation and validates once the page is idle.
 * Errors only show after a box is left, so nobody sees the difference.
 */
function useValidationAfterPaint(schema: JsonSchema): ValidationMode {
  const [ready, setReady] = useState(() => compiled.has(schema));
  useEffect(() => {
    if (ready) return;
    const start = () => {
      compiled.add(schema);
      setReady(true);
    };
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(start, 200);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(start, { timeout: 1500 });
    return () => cancelIdleCallback(idle);
  }, [ready, schema]);

  return ready ? 'ValidateAndShow' : 'NoValidation';
}

function immediateAnswers(onAnswers: (answers: unknown) => void): Middleware {
  return (state, action, reduce) => {
    const next = reduce(state, action);
    if (action.type === UPDATE_DATA && next.data !== state.data) {
      queueMicrotask(() => onAnswers(next.data));
    }

    return next;
  };
}
