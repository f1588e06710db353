import { lazy, type ComponentType } from 'react';

// Vite resolves the glob at build time: when the office page has not been
// written yet the map is empty and the app simply offers no office link.
const officeModules = import.meta.glob<Record<string, ComponentType>>(
  '../office/office-page.tsx',
);

const loadOffice = Object.values(officeModules)[0];

/** The office page component, or undefined when this build has none. */
export const OfficePage = loadOffice
  ? lazy(async () => {
      const module = await loadOffice();
      const page = module.OfficePage ?? module.default;

      return { default: page };
    })
  : undefined;

type SubmissionView = ComponentType<{ submissionId: string }>;

/** One submitted report, read-only; undefined when the build has no office. */
export const OfficeSubmissionView = loadOffice
  ? lazy(async () => {
      const module = (await loadOffice()) as Record<string, unknown>;

      return { default: module.OfficeSubmissionView as SubmissionView };
    })
  : undefined;
