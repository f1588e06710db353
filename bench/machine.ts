import { cpus, totalmem } from 'node:os';

/** What the numbers were measured on, for the report header. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
}

/** Call once per run; the Chromium version comes from the browser itself. */
export function describeMachine(): Machine {
  const list = cpus();

  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
  };
}
