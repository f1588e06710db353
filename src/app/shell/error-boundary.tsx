import { Component, type ReactNode } from 'react';

interface State {
  error?: Error;
}

/**
 * Wrap a page so a crash inside it shows a Vietnamese message instead of a
 * blank screen. Saved drafts live in IndexedDB, so reloading loses nothing.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error): void {
    console.error(error);
  }

  render() {
    if (!this.state.error) return this.props.children;

    return (
      <section className="page" role="alert">
        <h1>Trang gặp lỗi</h1>
        <p>
          Có lỗi khi hiển thị trang này. Các câu trả lời đã lưu vẫn còn trong
          máy. Hãy tải lại trang; nếu lỗi lặp lại, báo cho quản trị viên nội
          dung sau:
        </p>
        <pre className="error-detail">{this.state.error.message}</pre>
        <p>
          <button type="button" onClick={() => window.location.reload()}>
            Tải lại trang
          </button>{' '}
          <a href="#/">Về trang chủ</a>
        </p>
      </section>
    );
  }
}
