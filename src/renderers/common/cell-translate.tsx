import type { CellProps, Translator } from '@jsonforms/core';
import { useJsonForms } from '@jsonforms/react';
import { createContext, useContext, type ComponentType } from 'react';

// Cells read the translator from here, not from the JSON Forms context: a
// context reader re-renders on every keystroke anywhere in the form, and a
// table of 50 rows would redraw every cell each time.
const CellTranslate = createContext<Translator | undefined>(undefined);

/** Call in a cell: the app's `i18n.translate`, undefined for Vietnamese. */
export function useCellTranslate(): Translator | undefined {
  return useContext(CellTranslate);
}

/** Wraps the cells of one table so they can read the translator. */
export const CellTranslateProvider = CellTranslate.Provider;

/**
 * Call to register a cell with JSON Forms outside our tables: gives it the
 * translator from the JSON Forms context.
 */
export function withJsonFormsTranslate(Cell: ComponentType<CellProps>) {
  return function CellWithTranslate(props: CellProps) {
    const translate = useJsonForms().i18n?.translate;

    return (
      <CellTranslate.Provider value={translate}>
        <Cell {...props} />
      </CellTranslate.Provider>
    );
  };
}
