import { rankWith, uiTypeIs, type LabelProps } from '@jsonforms/core';
import { connectLabel } from '../common/connections';

/** Printed text that asks nothing: instructions, sub-headings. */
export function LabelRenderer(props: LabelProps) {
  if (!props.visible || !props.text) return null;

  return <p className="bm-text">{props.text}</p>;
}

export const labelRendererTester = rankWith(1, uiTypeIs('Label'));

export default connectLabel(LabelRenderer);
