import type { DraftMeta } from '../../drafts/types';
import { formatSavedAt } from './format-saved-at';

interface DraftRowProps {
  draft: DraftMeta;
  onAction(kind: DraftActionKind, draft: DraftMeta): void;
}

export type DraftActionKind =
  'rename' | 'duplicate' | 'delete' | 'newYear' | 'export';

const statusLabels: Record<DraftMeta['status'], string> = {
  draft: 'Đang soạn',
  queued: 'Đang chờ gửi',
  submitted: 'Đã nộp',
};

function progressText({ summary }: DraftMeta): string {
  const base = `${summary.answered}/${summary.total} câu đã trả lời`;

  return summary.errors > 0 ? `${base}, ${summary.errors} lỗi cần sửa` : base;
}

/** One draft in the list, with everything the user can do to it. */
export function DraftRow({ draft, onAction }: DraftRowProps) {
  const act = (kind: DraftActionKind) => () => onAction(kind, draft);

  return (
    <li className="draft-row" aria-label={draft.name}>
      <h2 className="draft-name">
        <a href={`#/dien/${encodeURIComponent(draft.id)}`}>{draft.name}</a>
      </h2>
      <dl className="draft-facts">
        <dt>Đơn vị</dt>
        <dd>{draft.summary.agency ?? 'Chưa ghi'}</dd>
        <dt>Biểu mẫu</dt>
        <dd>
          {draft.formId}, phiên bản {draft.formVersion}
        </dd>
        <dt>Năm báo cáo</dt>
        <dd>{draft.summary.year ?? 'Chưa ghi'}</dd>
        <dt>Lưu lần cuối</dt>
        <dd>{formatSavedAt(draft.updatedAt)}</dd>
        <dt>Tiến độ</dt>
        <dd>{progressText(draft)}</dd>
        <dt>Trạng thái</dt>
        <dd>{statusLabels[draft.status]}</dd>
      </dl>
      <div className="draft-actions">
        <a
          className="button-link"
          href={`#/dien/${encodeURIComponent(draft.id)}`}
        >
          Mở
        </a>
        <button type="button" className="secondary" onClick={act('rename')}>
          Đổi tên
        </button>
        <button type="button" className="secondary" onClick={act('duplicate')}>
          Nhân bản
        </button>
        <button type="button" className="secondary" onClick={act('newYear')}>
          Tạo báo cáo năm mới từ bản này
        </button>
        <button type="button" className="secondary" onClick={act('export')}>
          Xuất ra tệp
        </button>
        <button type="button" className="secondary" onClick={act('delete')}>
          Xoá
        </button>
      </div>
    </li>
  );
}
