/**
 * Department names as plans write them: the full name a written name stands for (through the
 * plan's `departmentAliases`), a list without repeats, and a stable id for a name. Shared by the
 * matrix (build.ts) and the department index (departments.ts).
 */

/** The full name a plan's written name stands for. */
export function normalizeName(name: string, aliases: Readonly<Record<string, string>>): string {
  return aliases[name] ?? name;
}

/**
 * A list of names as written, keeping the first of those that stand for the same department
 * (保山 writes both 卫生健康委 and 市卫生健康委 among the leads of one section).
 */
export function uniqueDepartments(names: readonly string[], aliases: Readonly<Record<string, string>>): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const full = normalizeName(n, aliases);
    if (seen.has(full)) return false;
    seen.add(full);
    return true;
  });
}

/** A stable fragment id for a department name (ASCII, from its code points). */
export function departmentId(name: string): string {
  return `d-${[...name].map((c) => c.codePointAt(0)!.toString(36)).join('-')}`;
}
