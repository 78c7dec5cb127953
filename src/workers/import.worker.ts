/// <reference lib="webworker" />
import { serveRequests } from '../lib/worker-rpc';
import { openDatabase } from '../repositories/open-repositories';
import { createImportHandler } from './import-handler';

/**
 * Reads and checks import files off the main thread, and writes the snapshots it read
 * (features/snapshots starts it lazily).
 */
serveRequests(self, createImportHandler(openDatabase));
