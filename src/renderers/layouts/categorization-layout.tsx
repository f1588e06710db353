import { isCategorization, rankWith, type LayoutProps } from '@jsonforms/core';
import { LayoutChildren } from './layout-children';
import { connectLayout } from '../common/connections';

/**
 * Every section one after another. The fill page shows one section at a
 * time itself; this is for whole-report views such as printing or the
 * office's read-only view.
 */
export function CategorizationLayout(props: LayoutProps) {
  if (!props.visible) return null;

  return (
    <div className="bm-categorization">
      <LayoutChildren props={props} />
    </div>
  );
}

export const categorizationLayoutTester = rankWith(1, isCategorization);

export default connectLayout(CategorizationLayout);
