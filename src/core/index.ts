/** The MedFacts core: pure TypeScript, no editor, disk or network access. */
export * from './facts';
export { createEngine } from './engine';
export type { Engine, EngineOptions, DocumentSession } from './engine';
