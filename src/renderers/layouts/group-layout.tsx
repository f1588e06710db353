import { rankWith, uiTypeIs, type LayoutProps } from '@jsonforms/core';
import { LayoutChildren } from './layout-children';
import { connectLayout } from '../common/connections';

/** A numbered sub-part of a section (1.2. Ứng dụng chữ ký số) as a fieldset. */
export function GroupLayout(props: LayoutProps) {
  if (!props.visible) return null;

  return (
    <fieldset className="bm-group">
      {props.label && <legend className="bm-group-title">{props.label}</legend>}
      <LayoutChildren props={props} />
    </fieldset>
  );
}

export const groupLayoutTester = rankWith(1, uiTypeIs('Group'));

export default connectLayout(GroupLayout);
