// jsdom has no ResizeObserver; Fluent's MessageBar observes its own size to reflow its actions. Sizes are
// all zero in jsdom anyway, so an observer that never reports is faithful enough.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.assign(window, { ResizeObserver: ResizeObserverStub });
}

export {};
