import { useState, type FormEvent } from 'react';
import type { SubmissionFilter } from './office-api';
import { isYearFilter } from './filter-text';
import { useFormNames } from '../home/form-names';
import { useStrings } from '../i18n/strings';

interface SubmissionFiltersProps {
  filter: SubmissionFilter;
  onFilter: (filter: SubmissionFilter) => void;
}

type TextKey = 'formVersion' | 'year' | 'agency';

/** The office list's filters; applies them only when "Lọc" is pressed. */
export function SubmissionFilters({
  filter,
  onFilter,
}: SubmissionFiltersProps) {
  const [draft, setDraft] = useState<SubmissionFilter>(filter);
  const [yearError, setYearError] = useState<string>();
  const text = useStrings().office;
  const names = useFormNames();
  const set = (key: keyof SubmissionFilter, value: string) =>
    setDraft({ ...draft, [key]: value });

  function apply(event: FormEvent) {
    event.preventDefault();
    if (!isYearFilter(draft.year)) {
      setYearError(text.yearInvalid(draft.year?.trim() ?? ''));
      return;
    }
    setYearError(undefined);
    onFilter({ ...draft });
  }

  const textField = (key: TextKey, label: string, hint: string) => (
    <label>
      {label}
      <input
        name={key}
        value={draft[key] ?? ''}
        placeholder={hint}
        inputMode={key === 'year' ? 'numeric' : undefined}
        aria-invalid={key === 'year' && yearError ? true : undefined}
        aria-describedby={
          key === 'year' && yearError ? 'year-error' : undefined
        }
        onChange={(event) => set(key, event.target.value)}
      />
    </label>
  );

  return (
    <form className="office-filters" onSubmit={apply} aria-label={text.filters}>
      <label>
        {text.filterForm}
        <select
          name="formId"
          value={draft.formId ?? ''}
          onChange={(event) => set('formId', event.target.value)}
        >
          <option value="">{text.allForms}</option>
          {names.forms.map((form) => (
            <option key={form.formId} value={form.formId}>
              {form.title}
            </option>
          ))}
        </select>
      </label>
      {textField('formVersion', text.filterVersion, '2015')}
      {textField('year', text.filterYear, '2026')}
      {textField('agency', text.filterAgency, text.agencyHint)}
      <button type="submit">{text.filter}</button>
      {yearError && (
        <p id="year-error" className="office-field-error" role="alert">
          {yearError}
        </p>
      )}
    </form>
  );
}
