import { rankWith, uiTypeIs, type LayoutProps } from '@jsonforms/core';
import { LayoutChildren } from './layout-children';
import { connectLayout } from '../common/connections';

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

export default connectLayout(VerticalLayout);
