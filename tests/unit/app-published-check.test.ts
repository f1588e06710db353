import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/app/definition/check-work';
import { parseDefinition } from '../../src/core/definition';
import { definitionFingerprint } from '../../src/core/definition/files-fingerprint';
import { readForm2015Definition } from './form-2015';

const files = await readForm2015Definition();
// Parses, but fails the strict compile: a type that does not exist.
const brokenSchema = JSON.parse(files.schema ?? '{}');
brokenSchema.properties.generalInfo.properties.staffTotal.type = 'so';
const broken = { ...files, schema: JSON.stringify(brokenSchema) };

async function fullCheck(key: string, published: string | undefined) {
  const { definition } = parseDefinition(files);
  if (!definition) throw new Error('the 2015 definition does not parse');
  await runCheck({ kind: 'files', key, files: broken, definition });
  const reply = await runCheck({ kind: 'full', key, published });
  return reply.kind === 'full' ? reply.problems : [];
}

describe('the page’s full definition check', () => {
  it('trusts the catalogue’s verdict on exactly these files', async () => {
    const published = definitionFingerprint(broken);
    expect(await fullCheck('a', published)).toEqual([]);
  });

  it('checks files the catalogue passed in another form itself', async () => {
    const published = definitionFingerprint(files);
    const problems = await fullCheck('b', published);
    expect(problems.map((p) => p.pointer)).toContain(
      '/properties/generalInfo/properties/staffTotal/type',
    );
  });

  it('checks files the catalogue did not pass itself', async () => {
    expect((await fullCheck('c', undefined)).length).toBeGreaterThan(0);
  });

  it('names files the same with or without a byte order mark', () => {
    // A server reads the mark from a file saved by Notepad; a browser's
    // fetch drops it: both must name the same files alike.
    const marked = { ...files, schema: `\uFEFF${files.schema}` };

    expect(definitionFingerprint(marked)).toBe(definitionFingerprint(files));
    expect(definitionFingerprint(broken)).not.toBe(
      definitionFingerprint(files),
    );
  });
});
