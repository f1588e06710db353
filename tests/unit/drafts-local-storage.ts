/** Node has no localStorage; a Map-backed one behaves the same here. */
export class MemoryStorage {
  private items = new Map<string, string>();
  /** Set to make every write fail as a full browser storage does. */
  full = false;

  get length(): number {
    return this.items.size;
  }

  key = (index: number) => [...this.items.keys()][index] ?? null;
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  };
  removeItem = (key: string) => void this.items.delete(key);
}
