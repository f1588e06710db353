import { rankWith, uiTypeIs, type LayoutProps } from '@jsonforms/core';
import { useId } from 'react';
import type { RendererConfig } from '../common/errors';
import { LayoutChildren } from './layout-children';
import { connectLayout } from '../common/connections';

/**
 * One section (MỤC …) with its printed title as a heading; the app can set
 * `config.categoryTitle: false` when it shows the title itself.
 */
export function CategoryLayout(props: LayoutProps) {
  const titleId = useId();
  if (!props.visible) return null;

  const titled =
    (props.config as RendererConfig | undefined)?.categoryTitle !== false &&
    !!props.label;

  return (
    <section
      className="bm-category"
      aria-labelledby={titled ? titleId : undefined}
    >
      {titled && (
        <h2 id={titleId} className="bm-category-title">
          {props.label}
        </h2>
      )}
      <LayoutChildren props={props} />
    </section>
  );
}

export const categoryLayoutTester = rankWith(1, uiTypeIs('Category'));

export default connectLayout(CategoryLayout);
