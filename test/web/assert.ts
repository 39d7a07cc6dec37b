// The few assertions the web suite needs. Node's `assert` module does not exist in a
// web worker, and these are too small to justify bundling a browser port of it.
export function ok(value: unknown, message = 'expected a truthy value'): asserts value {
  if (!value) throw new Error(message);
}

export function strictEqual<T>(actual: T, expected: T, message?: string): void {
  if (actual !== expected) throw new Error(`${message ?? 'not equal'}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function deepStrictEqual<T>(actual: T, expected: T, message?: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message ?? 'not deep-equal'}: expected ${e}, got ${a}`);
}

export function match(text: string, re: RegExp, message?: string): void {
  if (!re.test(text)) throw new Error(`${message ?? 'no match'}: ${re} in ${JSON.stringify(text.slice(0, 200))}`);
}
