import { JsonForms } from '@jsonforms/react';
import { useMemo } from 'react';
import type { FormDefinition } from '../../core/definition/types';
import { cells, renderers } from '../../renderers';
import { sectionLayout, sectionsOf } from '../fill/sections';
import { sharedAjv } from '../fill/shared-ajv';
import { useFormI18n } from '../fill/use-form-i18n';
import { useAppLocale, useStrings } from '../i18n/strings';

interface ReadonlyReportProps {
  definition: FormDefinition;
  answers: unknown;
}

/**
 * Renders a submitted report with its own form version, every section one
 * below the other so the office can read it through; nothing is editable.
 */
export default function ReadonlyReport({
  definition,
  answers,
}: ReadonlyReportProps) {
  const sections = useMemo(() => sectionsOf(definition.uischema), [definition]);
  const i18n = useFormI18n(
    definition,
    useAppLocale(),
    useStrings().fill.section,
  );

  return (
    <div className="office-readonly-form">
      {sections.map((section, index) => (
        <section key={index} aria-label={i18n.label(section, index + 1)}>
          <h2>{i18n.label(section, index + 1)}</h2>
          <JsonForms
            schema={definition.schema}
            uischema={sectionLayout(section)}
            data={answers}
            renderers={renderers}
            cells={cells}
            ajv={sharedAjv()}
            i18n={i18n.state}
            readonly
            validationMode="NoValidation"
          />
        </section>
      ))}
    </div>
  );
}
