import { useState, type FormEvent } from 'react';
import type { SubmissionFilter } from './office-api';

interface SubmissionFiltersProps {
  filter: SubmissionFilter;
  onFilter: (filter: SubmissionFilter) => void;
}

const fields: { key: keyof SubmissionFilter; label: string; hint: string }[] = [
  { key: 'formId', label: 'Biểu mẫu', hint: 'bao-cao-ung-dung-cntt' },
  { key: 'formVersion', label: 'Phiên bản', hint: '2015' },
  { key: 'year', label: 'Năm báo cáo', hint: '2026' },
  { key: 'agency', label: 'Đơn vị', hint: 'UBND xã …' },
];

/** The office list's filters; applies them only when "Lọc" is pressed. */
export function SubmissionFilters({
  filter,
  onFilter,
}: SubmissionFiltersProps) {
  const [draft, setDraft] = useState<SubmissionFilter>(filter);

  function apply(event: FormEvent) {
    event.preventDefault();
    onFilter({ ...draft });
  }

  return (
    <form className="office-filters" onSubmit={apply} aria-label="Lọc báo cáo">
      {fields.map(({ key, label, hint }) => (
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
      <button type="submit">Lọc</button>
    </form>
  );
}
