import {
  JsonFormsContext,
  useJsonForms,
  type JsonFormsStateContext,
} from '@jsonforms/react';
import {
  createContext,
  useContext,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';

/**
 * One form's JSON Forms state, for its renderers to subscribe to: each
 * redraws when what it shows changes, not on every change to the form.
 */
export interface FormStore {
  /** The state as of the form's latest render. */
  latest: JsonFormsStateContext;
  /** What the renderers read as the JSON Forms context; see `shared`. */
  shared: JsonFormsStateContext;
  subscribe(listener: () => void): () => void;
  /** Tells the subscribers; called once a change is drawn. */
  publish(): void;
}

const FormStoreContext = createContext<FormStore | undefined>(undefined);

/** Call in a renderer: the store of its form, undefined at the root. */
export function useFormStore(): FormStore | undefined {
  return useContext(FormStoreContext);
}

// Everything in the context but the answers and their errors.
function sameSetting(a: JsonFormsStateContext, b: JsonFormsStateContext) {
  const settings = [
    'renderers',
    'cells',
    'config',
    'uischemas',
    'readonly',
    'i18n',
    'dispatch',
  ] as const;
  const core = ['schema', 'uischema', 'ajv', 'validationMode'] as const;

  return (
    settings.every((key) => a[key] === b[key]) &&
    core.every((key) => a.core?.[key] === b.core?.[key])
  );
}

// The context the renderers below read: a new object only when a setting
// changes, so typing wakes none of them through React's context; its
// `core` always reads the latest answers and errors.
function shared(ctx: JsonFormsStateContext, store: FormStore) {
  const value = { ...ctx };
  Object.defineProperty(value, 'core', {
    enumerable: true,
    get: () => store.latest.core,
  });

  return value;
}

function createStore(ctx: JsonFormsStateContext): FormStore {
  const listeners = new Set<() => void>();
  const store: FormStore = {
    latest: ctx,
    shared: ctx,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish() {
      listeners.forEach((listener) => listener());
    },
  };
  store.shared = shared(ctx, store);

  return store;
}

/**
 * Call where a form's JSON Forms state is held, with that state: the store
 * its renderers subscribe to. It tells them once each change is drawn.
 */
export function useStoreOf(ctx: JsonFormsStateContext): FormStore {
  const [store] = useState(() => createStore(ctx));
  const settingsOf = useRef(ctx);
  if (!sameSetting(settingsOf.current, ctx)) {
    settingsOf.current = ctx;
    store.shared = shared(ctx, store);
  }
  // Set while rendering so renderers drawn in the same pass (a new
  // language, a new definition) read the same state; a render React
  // throws away is followed by another that sets it again.
  store.latest = ctx;
  useLayoutEffect(() => store.publish(), [ctx, store]);

  return store;
}

/** Gives the renderers below the store and the context they read. */
export function FormStoreProvider(props: {
  store: FormStore;
  children: ReactNode;
}) {
  return (
    <FormStoreContext.Provider value={props.store}>
      <JsonFormsContext.Provider value={props.store.shared}>
        {props.children}
      </JsonFormsContext.Provider>
    </FormStoreContext.Provider>
  );
}

/**
 * Under stock `<JsonForms>`, which provides no store: sits under the form's
 * first renderer and reads JSON Forms' own context for all below. It keeps
 * them correct, not fast: React still wakes every reader of JSON Forms'
 * context when stock `<JsonForms>` changes it (see `SubscribedForm`).
 */
export function FormStoreRoot({ children }: { children: ReactNode }) {
  const store = useStoreOf(useJsonForms());

  return <FormStoreProvider store={store}>{children}</FormStoreProvider>;
}
