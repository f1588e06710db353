import { createAjv, type JsonSchema } from '@jsonforms/core';
import {
  materialCells,
  materialRenderers,
} from '@jsonforms/material-renderers';
import { JsonForms } from '@jsonforms/react';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { showAllSections } from './all-at-once';

// The definitions use `$data` for "not more than" limits, which JSON Forms'
// own Ajv factory accepts once asked to; everything else stays stock.
const ajv = createAjv({ $data: true });

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);

  return response.json();
}

function Baseline(props: {
  schema: JsonSchema;
  uischema: never;
  data: unknown;
}) {
  const [data, setData] = useState(props.data);

  return (
    <JsonForms
      schema={props.schema}
      uischema={props.uischema}
      data={data}
      renderers={materialRenderers}
      cells={materialCells}
      ajv={ajv}
      onChange={({ data: next }) => setData(next)}
    />
  );
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const base = `/forms/${params.get('form')}/${params.get('version')}`;
  const answersUrl = params.get('answers');
  const [schema, uischema, data] = await Promise.all([
    fetchJson(`${base}/schema.json`),
    fetchJson(`${base}/uischema.json`),
    answersUrl ? fetchJson(answersUrl) : Promise.resolve({}),
  ]);
  const layout =
    params.get('view') === 'all'
      ? showAllSections(uischema as never)
      : uischema;

  createRoot(document.getElementById('root')!).render(
    <Baseline
      schema={schema as JsonSchema}
      uischema={layout as never}
      data={data}
    />,
  );
}

start().catch((error: unknown) => {
  document.body.textContent = `Không tải được biểu mẫu: ${String(error)}`;
});
