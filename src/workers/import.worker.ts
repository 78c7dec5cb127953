/// <reference lib="webworker" />
import { serveRequests } from '../lib/worker-rpc';
import { handleImportRequest } from './import-handler';

/** Reads and checks import files off the main thread (features/snapshots starts it lazily). */
serveRequests(self, handleImportRequest);
