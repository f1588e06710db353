import type {
  JsonFormsCellRendererRegistryEntry,
  JsonFormsRendererRegistryEntry,
} from '@jsonforms/core';
import BooleanCell, { booleanCellTester } from './cells/boolean-cell';
import DateCell, {
  dateCellTester,
  dateTimeCellTester,
} from './cells/date-cell';
import NumberCell, { numberCellTester } from './cells/number-cell';
import SelectCell, { selectCellTester } from './cells/select-cell';
import TextCell, { textCellTester } from './cells/text-cell';
import ArrayCardsControl, {
  arrayCardsControlTester,
} from './controls/array-cards-control';
import ArrayTableControl, {
  arrayTableControlTester,
} from './controls/array-table-control';
import BooleanControl, {
  booleanControlTester,
} from './controls/boolean-control';
import CheckboxListControl, {
  checkboxListControlTester,
} from './controls/checkbox-list-control';
import ChoiceGridControl, {
  choiceGridControlTester,
} from './controls/choice-grid-control';
import DateControl, { dateControlTester } from './controls/date-control';
import DateTimeControl, {
  dateTimeControlTester,
} from './controls/date-time-control';
import NumberControl, { numberControlTester } from './controls/number-control';
import ObjectControl, { objectControlTester } from './controls/object-control';
import RadioGroupControl, {
  radioGroupControlTester,
} from './controls/radio-group-control';
import SelectControl, { selectControlTester } from './controls/select-control';
import TextControl, { textControlTester } from './controls/text-control';
import CategorizationLayout, {
  categorizationLayoutTester,
} from './layouts/categorization-layout';
import CategoryLayout, {
  categoryLayoutTester,
} from './layouts/category-layout';
import GroupLayout, { groupLayoutTester } from './layouts/group-layout';
import HorizontalLayout, {
  horizontalLayoutTester,
} from './layouts/horizontal-layout';
import LabelRenderer, { labelRendererTester } from './layouts/label-renderer';
import VerticalLayout, {
  verticalLayoutTester,
} from './layouts/vertical-layout';
import './renderers.css';

/**
 * The renderers for `<JsonForms renderers>`: plain HTML, no MUI. Pass them
 * together with `appCells`; the table renderers draw their cells from there.
 */
export const appRenderers: JsonFormsRendererRegistryEntry[] = [
  { tester: verticalLayoutTester, renderer: VerticalLayout },
  { tester: horizontalLayoutTester, renderer: HorizontalLayout },
  { tester: groupLayoutTester, renderer: GroupLayout },
  { tester: labelRendererTester, renderer: LabelRenderer },
  { tester: categoryLayoutTester, renderer: CategoryLayout },
  { tester: categorizationLayoutTester, renderer: CategorizationLayout },
  { tester: textControlTester, renderer: TextControl },
  { tester: numberControlTester, renderer: NumberControl },
  { tester: dateControlTester, renderer: DateControl },
  { tester: dateTimeControlTester, renderer: DateTimeControl },
  { tester: booleanControlTester, renderer: BooleanControl },
  { tester: selectControlTester, renderer: SelectControl },
  { tester: radioGroupControlTester, renderer: RadioGroupControl },
  { tester: checkboxListControlTester, renderer: CheckboxListControl },
  { tester: choiceGridControlTester, renderer: ChoiceGridControl },
  { tester: objectControlTester, renderer: ObjectControl },
  { tester: arrayTableControlTester, renderer: ArrayTableControl },
  { tester: arrayCardsControlTester, renderer: ArrayCardsControl },
];

/** The cells for `<JsonForms cells>`, used inside repeating tables. */
export const appCells: JsonFormsCellRendererRegistryEntry[] = [
  { tester: textCellTester, cell: TextCell },
  { tester: numberCellTester, cell: NumberCell },
  { tester: dateCellTester, cell: DateCell },
  { tester: dateTimeCellTester, cell: DateCell },
  { tester: selectCellTester, cell: SelectCell },
  { tester: booleanCellTester, cell: BooleanCell },
];

export { appRenderers as renderers, appCells as cells };
export { createTranslator, jsonFormsTranslations } from './i18n';
export { SubscribedForm } from './subscribed-form';
export type { RendererConfig } from './common/errors';
