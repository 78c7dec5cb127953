import 'fake-indexeddb/auto';
import './dialog-polyfill';
