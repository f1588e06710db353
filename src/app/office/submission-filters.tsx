import { useState, type FormEvent } from 'react';
import type { SubmissionFilter } from './office-api';
import { useStrings, type AppStrings } from '../i18n/strings';

interface SubmissionFiltersProps {
  filter: SubmissionFilter;
  onFilter: (filter: SubmissionFilter) => void;
}

type FilterField = { key: keyof SubmissionFilter; label: string; hint: string };

function filterFields(text: AppStrings['office']): FilterField[] {
  return [
    { key: 'formId', label: text.filterForm, hint: 'bao-cao-ung-dung-cntt' },
    { key: 'formVersion', label: text.filterVersion, hint: '2015' },
    { key: 'year', label: text.filterYear, hint: '2026' },
    { key: 'agency', label: text.filterAgency, hint: text.agencyHint },
  ];
}

/** The office list's filters; applies them only when "Lọc" is pressed. */
export function SubmissionFilters({
  filter,
  onFilter,
}: SubmissionFiltersProps) {
  const [draft, setDraft] = useState<SubmissionFilter>(filter);
  const text = useStrings().office;

  function apply(event: FormEvent) {
    event.preventDefault();
    onFilter({ ...draft });
  }

  return (
    <form className="office-filters" onSubmit={apply} aria-label={text.filters}>
      {filterFields(text).map(({ key, label, hint }) => (
        <label key={key}>
          {label}
          <input
            name={key}
            value={draft[key] ?? ''}
            placeholder={hint}
            onChange={(event) =>
              setDraft({ ...draft, [key]: event.target.value })
            }
          />
        </label>
      ))}
      <button type="submit">{text.filter}</button>
    </form>
  );
}
