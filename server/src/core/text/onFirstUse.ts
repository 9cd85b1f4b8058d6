/**
 * A value made the first time it is asked for. For expressions with Unicode property classes
 * (`\p{L}`): V8 reads such a class from its Unicode tables when the expression is made, 0.2–0.9 ms
 * each, so at a module's top they cost every start-up, though a check of an ASCII text (read with
 * ASCII twins) never uses them.
 */
export function onFirstUse<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => {
    made ??= make();
    return made;
  };
}
