import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread running the module `name` (without extension) beside `from` (a module's
 * import.meta.url). Built, modules are .js and so is the entry. Run from src (tsx or Vitest), the
 * entry is .ts, and Node 20 gives a worker none of the parent's loader hooks: the worker registers
 * tsx itself before importing it.
 */
export function startModuleWorker(from: string, name: string, options: Pick<WorkerOptions, 'workerData'> = {}): Worker {
  const fromSource = from.endsWith('.ts');
  const entry = new URL(`./${name}.${fromSource ? 'ts' : 'js'}`, from);
  if (!fromSource) return new Worker(entry, options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
