/**
 * Lists of items under uint32 keys, as an inverted index needs them. Most keys of a (term, day)
 * index hold a single article, so a lone item is stored bare rather than in a one-element array:
 * at a million articles that saves tens of bytes on each of tens of millions of keys.
 */
export class Postings<T extends object> {
  readonly #lists = new Map<number, T | T[]>();

  /** How many keys hold items. */
  get size(): number {
    return this.#lists.size;
  }

  /** Appends `item` under `key`. */
  add(key: number, item: T): void {
    const list = this.#lists.get(key);
    if (list === undefined) this.#lists.set(key, item);
    else if (Array.isArray(list)) list.push(item);
    else this.#lists.set(key, [list, item]);
  }

  /** Calls `visit` on each item under `key`, in the order they were added. */
  forEach(key: number, visit: (item: T) => void): void {
    const list = this.#lists.get(key);
    if (list === undefined) return;
    if (Array.isArray(list)) for (const item of list) visit(item);
    else visit(list);
  }

  /** Removes the items under `key` that `drop` selects. */
  remove(key: number, drop: (item: T) => boolean): void {
    const list = this.#lists.get(key);
    if (list === undefined) return;
    const kept = Array.isArray(list) ? list.filter((item) => !drop(item)) : drop(list) ? [] : [list];
    if (kept.length === 0) this.#lists.delete(key);
    else this.#lists.set(key, kept.length === 1 ? kept[0]! : kept);
  }
}
