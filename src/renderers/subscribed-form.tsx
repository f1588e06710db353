import {
  Actions,
  configReducer,
  coreReducer,
  defaultMiddleware,
  i18nReducer,
  type JsonFormsCore,
  type JsonSchema,
  type UISchemaElement,
} from '@jsonforms/core';
import {
  JsonFormsDispatch,
  type JsonFormsInitStateProps,
  type JsonFormsReactProps,
  type JsonFormsStateContext,
} from '@jsonforms/react';
import {
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import { FormStoreProvider, useStoreOf } from './common/form-store';

export type SubscribedFormProps = JsonFormsInitStateProps &
  JsonFormsReactProps & { schema: JsonSchema; uischema: UISchemaElement };

// Hands `onChange` the answers after 10 ms without a change, as stock
// `<JsonForms>` does (a change just before unmounting is still handed on).
function useDebouncedChange(
  onChange: SubscribedFormProps['onChange'],
  core: JsonFormsCore,
) {
  const latest = useRef(onChange);
  latest.current = onChange;
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    clearTimeout(timer.current);
    const { data, errors } = core;
    timer.current = setTimeout(() => latest.current?.({ data, errors }), 10);
  }, [core.data, core.errors]);
}

// Runs an effect on changes after the first render only.
function useEffectAfterMount(effect: () => void, deps: unknown[]) {
  const mounted = useRef(false);
  useEffect(() => {
    if (mounted.current) return effect();
    mounted.current = true;
  }, deps);
}

/**
 * Call in place of `<JsonForms>` with the same props (schema and layout
 * given): the same state, actions and `onChange`, but the JSON Forms context
 * its renderers read changes only with a setting, never with an answer. Our
 * renderers follow the answers they show through the form's store instead,
 * so a keystroke redraws the one field typed into. Under stock
 * `<JsonForms>` a changed context makes React wake every renderer.
 */
export function SubscribedForm(props: SubscribedFormProps) {
  const { data, schema, uischema, ajv, validationMode, additionalErrors } =
    props;
  const middleware = useRef(props.middleware ?? defaultMiddleware);
  middleware.current = props.middleware ?? defaultMiddleware;
  const options = { ajv, validationMode, additionalErrors };
  const [core, setCore] = useState(() =>
    middleware.current(
      { data, schema, uischema, ...options } as JsonFormsCore,
      Actions.init(data, schema, uischema, options),
      coreReducer,
    ),
  );
  // Stock JSON Forms folds the props in once more after mounting, too.
  useEffect(
    () =>
      setCore((current) =>
        middleware.current(
          current,
          Actions.updateCore(data, schema, uischema, options),
          coreReducer,
        ),
      ),
    // `options` is made of the listed props.
    [data, schema, uischema, ajv, validationMode, additionalErrors],
  );
  const [config, setConfig] = useReducer(configReducer, undefined, () =>
    configReducer(undefined, Actions.setConfig(props.config)),
  );
  useEffectAfterMount(
    () => setConfig(Actions.setConfig(props.config)),
    [props.config],
  );
  const { locale, translate, translateError } = props.i18n ?? {};
  const [i18n, setI18n] = useReducer(i18nReducer, undefined, () =>
    i18nReducer(
      props.i18n,
      Actions.updateI18n(locale, translate, translateError),
    ),
  );
  useEffect(
    () => setI18n(Actions.updateI18n(locale, translate, translateError)),
    [locale, translate, translateError],
  );
  const dispatch = useCallback(
    (action: Parameters<NonNullable<JsonFormsStateContext['dispatch']>>[0]) =>
      setCore((current) =>
        middleware.current(current, action as never, coreReducer),
      ),
    [],
  );
  useDebouncedChange(props.onChange, core);
  const { renderers, cells, uischemas, readonly } = props;
  const ctx = useMemo<JsonFormsStateContext>(
    () => ({
      core,
      renderers,
      cells,
      config,
      uischemas,
      readonly,
      i18n,
      dispatch,
    }),
    [core, renderers, cells, config, uischemas, readonly, i18n, dispatch],
  );
  const store = useStoreOf(ctx);
  // One element for the form's life: a keystroke redraws nothing here.
  const [form] = useState(() => <JsonFormsDispatch />);

  return <FormStoreProvider store={store}>{form}</FormStoreProvider>;
}
