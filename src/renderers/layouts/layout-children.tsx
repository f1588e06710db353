import type { LayoutProps, UISchemaElement } from '@jsonforms/core';
import { JsonFormsDispatch } from '@jsonforms/react';

/** The elements of a layout, each dispatched to its best renderer. */
export function LayoutChildren({
  props,
  wrapClass,
}: {
  props: LayoutProps;
  /** When set, each child sits in a `<div>` with this class. */
  wrapClass?: string;
}) {
  const elements =
    (props.uischema as { elements?: UISchemaElement[] }).elements ?? [];

  return (
    <>
      {elements.map((element, index) => {
        const child = (
          <JsonFormsDispatch
            key={index}
            uischema={element}
            schema={props.schema}
            path={props.path}
            enabled={props.enabled}
            renderers={props.renderers}
            cells={props.cells}
          />
        );

        return wrapClass ? (
          <div key={index} className={wrapClass}>
            {child}
          </div>
        ) : (
          child
        );
      })}
    </>
  );
}
