// sessionStorage, not localStorage: the token must not outlive the browser
// tab on a shared office PC.
const tokenKey = 'bieuMau.adminToken';

/** Call to learn whether the office already entered its token this session. */
export function readAdminToken(): string | undefined {
  return window.sessionStorage.getItem(tokenKey) ?? undefined;
}

/** Call after the user types the admin token. */
export function saveAdminToken(token: string): void {
  window.sessionStorage.setItem(tokenKey, token);
}

/** Call when the server rejects the token or the user signs out. */
export function forgetAdminToken(): void {
  window.sessionStorage.removeItem(tokenKey);
}
