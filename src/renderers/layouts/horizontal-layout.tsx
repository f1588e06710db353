import { rankWith, uiTypeIs, type LayoutProps } from '@jsonforms/core';
import { LayoutChildren } from './layout-children';
import { connectLayout } from '../common/connections';

/**
 * Questions side by side (Điện thoại / Fax); they wrap under each other on
 * a narrow phone screen.
 */
export function HorizontalLayout(props: LayoutProps) {
  if (!props.visible) return null;

  return (
    <div className="bm-horizontal">
      <LayoutChildren props={props} wrapClass="bm-horizontal-item" />
    </div>
  );
}

export const horizontalLayoutTester = rankWith(1, uiTypeIs('HorizontalLayout'));

export default connectLayout(HorizontalLayout);
