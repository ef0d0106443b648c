/**
 * PGlite runs each query synchronously on the main thread. Wrapping its Prisma driver adapter so that every
 * query first yields to the event loop lets incoming requests (Slack's 3-second acknowledgements) be served
 * between the queries of longer work, instead of after all of it.
 */
const QUERY_METHODS = new Set<PropertyKey>(["queryRaw", "executeRaw", "executeScript"]);
const WRAPS_RESULT = new Set<PropertyKey>(["connect", "connectToShadowDb", "startTransaction"]);

export const yieldToEventLoop = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

export function yieldingAdapter<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== "function") return value;
      const method = value as (...args: unknown[]) => unknown;
      if (QUERY_METHODS.has(property)) {
        return async (...args: unknown[]) => {
          await yieldToEventLoop();
          return method.apply(object, args);
        };
      }
      if (WRAPS_RESULT.has(property)) {
        return async (...args: unknown[]) => yieldingAdapter((await method.apply(object, args)) as object);
      }
      return method.bind(object);
    },
  });
}
