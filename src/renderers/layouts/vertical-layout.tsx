import { rankWith, uiTypeIs, type LayoutProps } from '@jsonforms/core';
import { withJsonFormsLayoutProps } from '@jsonforms/react';
import { LayoutChildren } from './layout-children';

/** Questions one under another. */
export function VerticalLayout(props: LayoutProps) {
  if (!props.visible) return null;

  return (
    <div className="bm-vertical">
      <LayoutChildren props={props} />
    </div>
  );
}

export const verticalLayoutTester = rankWith(1, uiTypeIs('VerticalLayout'));

export default withJsonFormsLayoutProps(VerticalLayout);
