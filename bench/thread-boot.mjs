// Worker-thread entry for the bench: registers tsx in this thread (workers do not inherit `--import tsx`), then
// loads the TypeScript module named in workerData.module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
