import { Resolve } from '@jsonforms/core';
import {
  JsonFormsContext,
  useJsonForms,
  type JsonFormsStateContext,
} from '@jsonforms/react';
import { useRef, type ReactNode } from 'react';

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

// The errors inside one item, as text that is equal when they are.
function errorsUnder(ctx: JsonFormsStateContext, path: string): string {
  const prefix = `/${path.replace(/\./g, '/')}`;
  const errors = [
    ...(ctx.core?.errors ?? []),
    ...(ctx.core?.additionalErrors ?? []),
  ].filter((error) => error.instancePath.startsWith(prefix));

  return JSON.stringify(
    errors.map((e) => [e.instancePath, e.keyword, e.message, e.params]),
  );
}

interface Seen {
  ctx: JsonFormsStateContext;
  data: unknown;
  errors: string;
}

/**
 * Wraps one item of a repeating list: the controls inside see a new JSON
 * Forms context only when the item's own answers, its errors or a setting
 * changed, so a keystroke in one item redraws none of the others. Safe
 * because the rules inside an item are scoped to the item itself.
 */
export function ItemContext(props: { path: string; children: ReactNode }) {
  const ctx = useJsonForms();
  const seen = useRef<Seen>(undefined);
  const data = Resolve.data(ctx.core?.data, props.path);
  const errors = errorsUnder(ctx, props.path);
  const last = seen.current;
  const same =
    last !== undefined &&
    last.data === data &&
    last.errors === errors &&
    sameSetting(last.ctx, ctx);
  if (!same) seen.current = { ctx, data, errors };

  return (
    <JsonFormsContext.Provider value={seen.current!.ctx}>
      {props.children}
    </JsonFormsContext.Provider>
  );
}
