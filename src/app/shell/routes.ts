/** Every page the app can show, parsed from the location hash. */
export type Route =
  | { page: 'home' }
  | { page: 'drafts' }
  | { page: 'fill'; draftId: string; section: number }
  | { page: 'print'; draftId: string }
  | { page: 'office' }
  | { page: 'officeSubmission'; submissionId: string }
  | { page: 'notFound'; hash: string };

/** Call with `location.hash` to learn which page to show. */
export function parseRoute(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part !== '')
    .map(decodeURIComponent);
  const [head, id, sub, n] = parts;

  if (parts.length === 0) return { page: 'home' };
  if (head === 'ban-nhap' && parts.length === 1) return { page: 'drafts' };
  if (head === 'van-phong' && parts.length === 1) return { page: 'office' };
  if (head === 'van-phong' && parts.length === 2) {
    return { page: 'officeSubmission', submissionId: id };
  }
  if (head === 'in' && parts.length === 2)
    return { page: 'print', draftId: id };
  if (head === 'dien' && parts.length === 2) {
    return { page: 'fill', draftId: id, section: 1 };
  }
  if (head === 'dien' && sub === 'muc' && /^\d+$/.test(n ?? '')) {
    return { page: 'fill', draftId: id, section: Number(n) };
  }

  return { page: 'notFound', hash };
}

/** Call to build a link or a `location.hash` for a route. */
export function routeHash(route: Route): string {
  switch (route.page) {
    case 'home':
      return '#/';
    case 'drafts':
      return '#/ban-nhap';
    case 'office':
      return '#/van-phong';
    case 'officeSubmission':
      return `#/van-phong/${encodeURIComponent(route.submissionId)}`;
    case 'print':
      return `#/in/${encodeURIComponent(route.draftId)}`;
    case 'fill':
      return `#/dien/${encodeURIComponent(route.draftId)}/muc/${route.section}`;
    case 'notFound':
      return route.hash;
  }
}
