import { useState, type FormEvent } from 'react';

interface TokenFormProps {
  /** Why the token is asked for again, e.g. the server rejected it. */
  problem?: string;
  onToken: (token: string) => void;
}

/** Asks for the admin token before any submission is shown. */
export function TokenForm({ problem, onToken }: TokenFormProps) {
  const [token, setToken] = useState('');
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!token.trim()) {
      setMissing(true);
      return;
    }
    onToken(token.trim());
  }

  return (
    <form className="office-token" onSubmit={submit} noValidate>
      <h2>Đăng nhập văn phòng</h2>
      <p>
        Nhập mã quản trị do quản trị hệ thống cấp. Mã chỉ được giữ trong thẻ
        trình duyệt này và mất khi đóng thẻ.
      </p>
      {problem && (
        <p className="office-alert" role="alert">
          {problem}
        </p>
      )}
      <label htmlFor="office-token-input">Mã quản trị</label>
      <input
        id="office-token-input"
        type="password"
        autoComplete="off"
        value={token}
        aria-invalid={missing}
        aria-describedby={missing ? 'office-token-missing' : undefined}
        onChange={(event) => setToken(event.target.value)}
      />
      {missing && (
        <p id="office-token-missing" className="office-field-error">
          Hãy nhập mã quản trị trước khi bấm "Xem báo cáo".
        </p>
      )}
      <button type="submit">Xem báo cáo</button>
    </form>
  );
}
