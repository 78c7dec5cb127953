import 'fake-indexeddb/auto';

// Logic tests (domain, lib, db, repositories, workers) run in Node: no DOM to build per file,
// which was most of the suite's time. UI tests keep jsdom (setup-tests.ts).
