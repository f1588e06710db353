/** Every distinct rule condition schema in a UI schema, as JSON text. */
export function conditionSchemas(uischema: unknown): string[] {
  const found = new Set<string>();
  const visitCondition = (condition: unknown): void => {
    if (typeof condition !== 'object' || condition === null) return;
    const { schema, conditions } = condition as Record<string, unknown>;
    if (typeof schema === 'object' && schema !== null) {
      found.add(JSON.stringify(schema));
    }
    if (Array.isArray(conditions)) conditions.forEach(visitCondition);
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const rule = (node as { rule?: { condition?: unknown } }).rule;
    visitCondition(rule?.condition);
    Object.values(node).forEach(visit);
  };
  visit(uischema);

  return [...found];
}
