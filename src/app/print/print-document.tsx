import { useMemo } from 'react';
import type { FormDefinition } from '../../core/definition/types';
import { sectionsOf } from '../fill/sections';
import { sharedAjv } from '../fill/shared-ajv';
import { PrintElement, type PrintContext } from './print-layout';

interface PrintDocumentProps {
  definition: FormDefinition;
  answers: unknown;
}

/**
 * The whole report on A4 as the official paper form lays it out: title
 * block, every section in order. The last section of a form is its
 * signature block (see docs/contracts.md): its groups get room to sign.
 */
export function PrintDocument({ definition, answers }: PrintDocumentProps) {
  const { meta } = definition;
  const sections = sectionsOf(definition.uischema);
  const context: PrintContext = useMemo(
    () => ({ schema: definition.schema, answers, ajv: sharedAjv() }),
    [definition, answers],
  );
  const isSignature = (index: number) =>
    index === sections.length - 1 && index > 0;

  return (
    <article className="print-document">
      <header className="print-title">
        <h1>{meta.title}</h1>
        {meta.issuingDocument && <p>({meta.issuingDocument})</p>}
      </header>
      {sections.map((section, index) => (
        <section
          key={index}
          className={
            isSignature(index)
              ? 'print-section print-signature-section'
              : 'print-section'
          }
        >
          {section.label && <h2>{section.label}</h2>}
          {section.elements.map((element, n) => (
            <PrintElement
              key={n}
              element={element}
              context={
                isSignature(index) ? { ...context, signature: true } : context
              }
            />
          ))}
        </section>
      ))}
    </article>
  );
}
