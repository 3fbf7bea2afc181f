/**
 * Base of collections: `items` throws until the collection is loaded; loading "name" or "items/name"
 * fetches that property of every item present at that point of the sync.
 */
import { propertyNotLoaded } from "./errors";
import { utf8Length } from "./payload-size";
import { type PropertyDef, ProxyObject } from "./proxy-object";
import type { OpResult } from "./request-context";

export abstract class CollectionProxy<
  T,
  ItemTarget,
  Item extends ProxyObject<ItemTarget>,
> extends ProxyObject<T> {
  private loadedItems: Item[] | undefined = undefined;

  protected abstract listItems(target: T, location: string): ItemTarget[];
  protected abstract createItem(target: ItemTarget): Item;

  /** Collection-level scalar properties (e.g. "count"); most collections have none. */
  protected override properties(): Record<string, PropertyDef<T>> {
    return {};
  }

  protected itemList(): Item[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.typeName, "items");
    return this.loadedItems;
  }

  override queueLoad(paths: string[]): void {
    const own = this.properties();
    const ownPaths = paths.filter((p) => p in own);
    const itemPaths = paths
      .filter((p) => !(p in own))
      .map((p) => (p.startsWith("items/") ? p.slice(6) : p))
      .filter((p) => p !== "items");
    if (ownPaths.length > 0) super.queueLoad(ownPaths);
    if (ownPaths.length > 0 && itemPaths.length === 0 && paths.every((p) => p in own)) return;
    const location = `${this.typeName}.load`;
    this.ctx.enqueue({
      location,
      requestBytes: this.ctx.runtime.limits.bytesPerOperation + utf8Length(itemPaths.join(",")),
      run: (): OpResult => {
        const targets = this.isNullObjectSafe()
          ? []
          : this.listItems(this.target(location), location);
        const items = targets.map((t) => this.createItem(t));
        const results = items.map((item) => item.fetchAll(itemPaths));
        return {
          responseBytes: results.reduce((sum, r) => sum + r.responseBytes, 2),
          commit: () => {
            results.forEach((r) => r.commit?.());
            this.loadedItems = items;
          },
        };
      },
    });
  }

  private isNullObjectSafe(): boolean {
    try {
      return this.isNullObject;
    } catch {
      return false;
    }
  }
}
