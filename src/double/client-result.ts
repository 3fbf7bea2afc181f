/** OfficeExtension.ClientResult: a method's result, readable once the sync that computed it succeeded. */
import { propertyNotLoaded } from "./errors";

export class ClientResultDouble<V> {
  private done = false;
  private result: V | undefined = undefined;

  constructor(private readonly location: string) {}

  resolve(value: V): void {
    this.result = value;
    this.done = true;
  }

  get value(): V {
    if (!this.done) throw propertyNotLoaded(this.location, "value");
    return this.result as V;
  }
}
