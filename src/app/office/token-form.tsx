import { useState, type FormEvent } from 'react';
import { useStrings } from '../i18n/strings';

interface TokenFormProps {
  /** Why the token is asked for again, e.g. the server rejected it. */
  problem?: string;
  onToken: (token: string) => void;
}

/** Asks for the admin token before any submission is shown. */
export function TokenForm({ problem, onToken }: TokenFormProps) {
  const [token, setToken] = useState('');
  const [missing, setMissing] = useState(false);
  const text = useStrings().office;

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
      <h2>{text.signInTitle}</h2>
      <p>{text.signInText}</p>
      {problem && (
        <p className="office-alert" role="alert">
          {problem}
        </p>
      )}
      <label htmlFor="office-token-input">{text.token}</label>
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
          {text.tokenMissing}
        </p>
      )}
      <button type="submit">{text.signIn}</button>
    </form>
  );
}
