import { FormCard } from './form-card';
import { ProblemList } from './problem-list';
import { useCatalog } from './use-catalog';

/** The start page: every form and version, and a way to the drafts. */
export function HomePage() {
  const state = useCatalog();

  return (
    <section className="page">
      <h1>Biểu mẫu báo cáo</h1>
      <p>
        Chọn biểu mẫu để tạo báo cáo mới, hoặc mở{' '}
        <a href="#/ban-nhap">các bản nháp đang làm dở</a>. Câu trả lời được lưu
        ngay trên máy này, kể cả khi không có mạng.
      </p>
      {state.status === 'loading' && (
        <p className="loading">Đang tải danh sách biểu mẫu…</p>
      )}
      {state.status === 'failed' && (
        <div className="notice notice-error" role="alert">
          <p>Không tải được danh sách biểu mẫu. {state.message}</p>
          <p>
            Kiểm tra kết nối mạng rồi tải lại trang. Các bản nháp đã lưu vẫn mở
            được trong mục <a href="#/ban-nhap">Bản nháp</a>.
          </p>
        </div>
      )}
      {state.status === 'ready' && (
        <>
          {state.catalog.problems.length > 0 && (
            <div className="notice notice-error" role="alert">
              <p>Một số thư mục biểu mẫu không đọc được:</p>
              <ProblemList problems={state.catalog.problems} />
            </div>
          )}
          {state.catalog.forms.length === 0 && <p>Chưa có biểu mẫu nào.</p>}
          {state.catalog.forms.map((form) => (
            <FormCard key={form.formId} form={form} />
          ))}
        </>
      )}
    </section>
  );
}
