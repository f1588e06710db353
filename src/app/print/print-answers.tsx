import type { JsonSchema } from '@jsonforms/core';
import {
  box,
  choiceOptions,
  formatAnswer,
  propertiesOf,
  titleOf,
} from './print-values';

interface AnswerProps {
  label: string;
  schema: JsonSchema;
  value: unknown;
  rowNumbers?: string[];
}

function Choices({ label, schema, value }: AnswerProps) {
  const multiple = schema.type === 'array';
  const options = choiceOptions(multiple ? itemSchema(schema) : schema) ?? [];
  const chosen = (option: unknown) =>
    multiple
      ? Array.isArray(value) && value.includes(option)
      : value === option;

  return (
    <div className="print-field">
      <span className="print-label">{label}:</span>{' '}
      {options.map((option) => (
        <span className="print-choice" key={String(option.value)}>
          {box(chosen(option.value))} {option.title}
        </span>
      ))}
    </div>
  );
}

function itemSchema(schema: JsonSchema): JsonSchema | undefined {
  return Array.isArray(schema.items) ? schema.items[0] : schema.items;
}

/** Fixed rows that each pick one of the same options: ☑ in its column. */
function Grid({ label, schema, value, rowNumbers }: AnswerProps) {
  const rows = propertiesOf(schema);
  const columns = choiceOptions(rows[0]?.[1]) ?? [];
  const answers = (value ?? {}) as Record<string, unknown>;

  return (
    <div className="print-scroll">
      <table className="print-table">
        <caption>{label}</caption>
        <thead>
          <tr>
            {rowNumbers && <th scope="col">TT</th>}
            <th scope="col">Nội dung</th>
            {columns.map((column) => (
              <th scope="col" key={String(column.value)}>
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, row], index) => (
            <tr key={key}>
              {rowNumbers && <td>{rowNumbers[index]}</td>}
              <td>{titleOf(row, key)}</td>
              {columns.map((column) => (
                <td className="print-box" key={String(column.value)}>
                  {box(answers[key] === column.value)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Repeating rows; an empty table keeps one blank row to write in. */
function Table({ label, schema, value }: AnswerProps) {
  const columns = propertiesOf(itemSchema(schema));
  const rows = Array.isArray(value) && value.length > 0 ? value : [{}];

  return (
    <div className="print-scroll">
      <table className="print-table">
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col">TT</th>
            {columns.map(([key, column]) => (
              <th scope="col" key={key}>
                {titleOf(column, key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row: Record<string, unknown>, index) => (
            <tr key={index}>
              <td>{index + 1}</td>
              {columns.map(([key, column]) => (
                <td key={key}>{formatAnswer(column, row?.[key])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Fields({ schema, value }: AnswerProps) {
  const answers = (value ?? {}) as Record<string, unknown>;

  return (
    <div className="print-group">
      {propertiesOf(schema).map(([key, property]) => (
        <PrintAnswer
          key={key}
          label={titleOf(property, key)}
          schema={property}
          value={answers[key]}
        />
      ))}
    </div>
  );
}

/** One answer laid out as on the paper form, chosen by its schema's shape. */
export function PrintAnswer(props: AnswerProps & { format?: string }) {
  const { schema, format } = props;
  const items = schema.type === 'array' ? itemSchema(schema) : undefined;
  if (format === 'grid' && schema.type === 'object') return <Grid {...props} />;
  if (items?.type === 'object') return <Table {...props} />;
  if (choiceOptions(items ?? schema)) return <Choices {...props} />;
  if (schema.type === 'object') return <Fields {...props} />;
  const text = formatAnswer(schema, props.value);

  return (
    <div className="print-field">
      <span className="print-label">{props.label}:</span>{' '}
      <span className={text ? 'print-value' : 'print-blank'}>
        {text || '……………'}
      </span>
    </div>
  );
}
