import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { JsonForms } from '@jsonforms/react';
import { createRoot } from 'react-dom/client';
import { createAjv } from '../../src/core/validation';
import { appCells, appRenderers, createTranslator } from '../../src/renderers';

/**
 * For the pages `openRendererPage` bundles: shows a form with the light
 * renderers alone, in Vietnamese, and keeps what the form last handed to
 * `onChange` in `window.answers`, where `answersOf` reads it.
 */
export function showLightForm(
  schema: JsonSchema,
  uischema: UISchemaElement,
  data: object,
  config?: object,
): void {
  const page = window as unknown as { answers: unknown };
  page.answers = data;
  createRoot(document.getElementById('root')!).render(
    <JsonForms
      schema={schema}
      uischema={uischema}
      data={data}
      renderers={appRenderers}
      cells={appCells}
      ajv={createAjv()}
      i18n={{ locale: 'vi', translate: createTranslator('vi') }}
      config={config}
      onChange={({ data: answers }) => {
        page.answers = answers;
      }}
    />,
  );
}
