import { describe, expect, it } from 'vitest';
import { pruneHidden } from '../../src/core/answers';
import { compileForm } from '../../src/core/validation';
import complete from '../fixtures/report-2015-complete.json';
import { loadForm2015 } from './form-2015';

const definition = await loadForm2015();

type Node = Record<string, unknown> & { elements?: Node[] };

function findGroup(element: Node, i18n: string): Node | undefined {
  if (element.i18n === i18n) return element;
  for (const child of element.elements ?? []) {
    const found = findGroup(child, i18n);
    if (found) return found;
  }

  return undefined;
}

function scopesIn(element: Node): string[] {
  const own = typeof element.scope === 'string' ? [element.scope] : [];

  return [...own, ...(element.elements ?? []).flatMap(scopesIn)];
}

function withOneStop(changes: Record<string, unknown>) {
  const report = structuredClone(complete);
  Object.assign(report.applications.oneStopShop, changes);

  return report;
}

const oneStop = findGroup(
  definition.uischema as unknown as Node,
  'group.applications.oneStopShop',
) as Node;

describe('1.9 Tin học hóa việc tiếp nhận và xử lý hồ sơ tại bộ phận một cửa', () => {
  it('lays out a), b), c), d), đ) in the printed order', () => {
    const order = [
      'deployment',
      'deployed',
      'regularUse',
      'interconnection',
      'lookupSite',
      'dossiersReceived',
    ];
    const scopes = scopesIn(oneStop).map((s) => s.split('/').pop());
    const positions = order.map((key) => scopes.indexOf(key));

    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('keeps a) visible but disabled until b) is Có', () => {
    const rule = oneStop.elements?.[0].rule as Record<string, unknown>;

    expect(rule.effect).toBe('ENABLE');
    expect(rule.condition).toMatchObject({
      scope:
        '#/properties/applications/properties/oneStopShop/properties/deployed',
      schema: { const: 'co' },
      failWhenUndefined: true,
    });
  });

  it('drops an a) answer left over after b) turns Không, and the report stays valid', () => {
    const report = withOneStop({ deployed: 'khong' });
    const pruned = pruneHidden(definition, report) as typeof complete;
    const kept = pruned.applications.oneStopShop as Record<string, unknown>;

    expect(report.applications.oneStopShop.deployment).toBe('dongBo');
    expect(kept).not.toHaveProperty('deployment');
    expect(kept).not.toHaveProperty('softwareName');
    expect(kept).not.toHaveProperty('regularUse');
    expect(kept.lookupSite).toBe(complete.applications.oneStopShop.lookupSite);
    expect(compileForm(definition).validate(pruned)).toEqual([]);
  });

  it('keeps a) and asks for it once b) is Có', () => {
    const pruned = pruneHidden(definition, complete) as typeof complete;
    expect(pruned.applications.oneStopShop.deployment).toBe('dongBo');

    const missing = pruneHidden(
      definition,
      withOneStop({ deployment: undefined }),
    );
    const errors = compileForm(definition).validate(missing);
    expect(errors.map((e) => e.pointer)).toEqual([
      '/applications/oneStopShop/deployment',
    ]);
    expect(errors[0].message).toMatch(/Cách thức triển khai/);
  });
});
