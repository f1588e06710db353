import {
  isVisible,
  resolveData,
  resolveSchema,
  toDataPath,
  type ControlElement,
  type JsonSchema,
  type Labelable,
  type Layout,
  type UISchemaElement,
} from '@jsonforms/core';
import type Ajv from 'ajv';
import { PrintAnswer } from './print-answers';

export interface PrintContext {
  schema: JsonSchema;
  answers: unknown;
  ajv: Ajv;
  /** Inside the signature block, where each group leaves room to sign. */
  signature?: boolean;
}

interface ElementProps {
  element: UISchemaElement;
  context: PrintContext;
}

function labelOf(element: UISchemaElement): string | undefined {
  const label = (element as Labelable).label;

  return typeof label === 'string' ? label : undefined;
}

function PrintControl({ element, context }: ElementProps) {
  const control = element as ControlElement;
  const schema = resolveSchema(context.schema, control.scope, context.schema);
  if (!schema) return null;
  const key = control.scope.split('/').pop() ?? '';
  const value = resolveData(context.answers, toDataPath(control.scope));

  return (
    <PrintAnswer
      label={labelOf(control) ?? schema.title ?? key}
      schema={schema}
      value={value}
      format={control.options?.format}
      rowNumbers={control.options?.rowNumbers}
    />
  );
}

/** "Người khai (Ký và ghi rõ họ, tên)": the hint in brackets goes below. */
function GroupHeading({ label }: { label: string }) {
  const match = /^(.*?)\s*(\(.*\))$/.exec(label);

  return (
    <h3>
      {match ? match[1] : label}
      {match && <span className="print-hint">{match[2]}</span>}
    </h3>
  );
}

/**
 * One signer as on the paper: the place and date line, the role with its
 * hint, the blank space to sign (and stamp) in, and the name under it. The
 * group's last control is the name; any before it go above the role.
 */
function SignatureGroup({ element, context }: ElementProps) {
  const elements = (element as Layout).elements ?? [];
  const label = labelOf(element);
  const name = elements.at(-1);

  return (
    <div className="print-group print-signer">
      {elements.slice(0, -1).map((child, index) => (
        <PrintElement key={index} element={child} context={context} />
      ))}
      {label && <GroupHeading label={label} />}
      <div className="print-signature-space" aria-hidden="true" />
      {name && <PrintElement element={name} context={context} />}
    </div>
  );
}

function Children({ element, context }: ElementProps) {
  const elements = (element as Layout).elements ?? [];

  return elements.map((child, index) => (
    <PrintElement key={index} element={child} context={context} />
  ));
}

/**
 * Walks a UI schema element the way the paper form reads: groups become
 * headed blocks, horizontal layouts side-by-side columns, controls answers.
 * Elements a rule hides on screen are left off paper too.
 */
export function PrintElement({ element, context }: ElementProps) {
  const visible = isVisible(element, context.answers, '', context.ajv, {});
  if (!visible) return null;
  const label = labelOf(element);

  switch (element.type) {
    case 'Control':
      return <PrintControl element={element} context={context} />;
    case 'Label':
      return (
        <p className="print-note">{(element as { text?: string }).text}</p>
      );
    case 'HorizontalLayout':
      return (
        <div className="print-columns">
          <Children element={element} context={context} />
        </div>
      );
    case 'Group':
      if (context.signature) {
        return <SignatureGroup element={element} context={context} />;
      }
      return (
        <div className="print-group">
          {label && <GroupHeading label={label} />}
          <Children element={element} context={context} />
        </div>
      );
    default:
      return <Children element={element} context={context} />;
  }
}
