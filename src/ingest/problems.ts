/** A problem found in a curated file; every stage collects them instead of throwing at the first. */
export interface Problem {
  file: string;
  /** 1-based line, where the position is known. */
  line?: number;
  /** JSON path inside the document, e.g. `facts[3].value.amount`. */
  path: string;
  /** The rule broken, e.g. `undeclared-entity`, `invalid-date`, `syntax`. */
  rule: string;
  message: string;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out ? `${out}.${name}` : name;
  }, '');
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const path = problem.path ? ` ${problem.path}` : '';
  return `${where}${path}: ${problem.message} [${problem.rule}]`;
}
