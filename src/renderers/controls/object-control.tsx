import {
  findUISchema,
  Generate,
  isObjectControl,
  rankWith,
  type StatePropsOfControlWithDetail,
  type UISchemaElement,
} from '@jsonforms/core';
import { JsonFormsDispatch } from '@jsonforms/react';
import { useMemo } from 'react';
import { connectDetail } from '../common/connections';

/**
 * A nested object without a layout of its own: its properties, generated,
 * inside a titled group (a plain column at the root).
 */
export function ObjectControl(props: StatePropsOfControlWithDetail) {
  const detail = useMemo(() => {
    const generated = (): UISchemaElement =>
      props.path === ''
        ? Generate.uiSchema(
            props.schema,
            'VerticalLayout',
            undefined,
            props.rootSchema,
          )
        : ({
            ...Generate.uiSchema(
              props.schema,
              'Group',
              undefined,
              props.rootSchema,
            ),
            label: props.label,
          } as UISchemaElement);

    return findUISchema(
      props.uischemas ?? [],
      props.schema,
      props.uischema.scope,
      props.path,
      generated,
      props.uischema,
      props.rootSchema,
    );
  }, [
    props.uischemas,
    props.schema,
    props.uischema,
    props.path,
    props.label,
    props.rootSchema,
  ]);
  if (!props.visible) return null;

  return (
    <JsonFormsDispatch
      schema={props.schema}
      uischema={detail}
      path={props.path}
      enabled={props.enabled}
      renderers={props.renderers}
      cells={props.cells}
    />
  );
}

export const objectControlTester = rankWith(2, isObjectControl);

export default connectDetail(ObjectControl);
