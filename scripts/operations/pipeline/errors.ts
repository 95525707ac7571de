/** The pipeline steps, in the order they run. */
export type PipelineStep = 'config' | 'lock' | 'fingerprint' | 'build' | 'verify' | 'publish' | 'rollback';

/** A failure that stops the pipeline: which step, what failed and where, and what to do about it. */
export class PipelineError extends Error {
  readonly step: PipelineStep;
  /** What the operator should do next. */
  readonly action: string;

  constructor(step: PipelineStep, message: string, action: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PipelineError';
    this.step = step;
    this.action = action;
  }
}
