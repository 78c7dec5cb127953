import os from 'node:os';
import { firstTouchUsPerPage } from './first-touch';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  chromium: string;
  /**
   * The 1-minute load average when the bench started and when it ended: two cores shared with
   * anything else running (other test runs) slow every figure, and this says whether they were.
   */
  loadAverage: { start: number; end: number };
  /**
   * Microseconds a page of memory touched for the first time, when the bench started and ended
   * (first-touch.ts): a machine that charges much for it slows every figure. Absent from runs
   * made before it was probed.
   */
  firstTouchUs?: { start: number; end: number };
}

/** What the machine is doing when the bench starts: the end of the run is compared with it. */
export interface MachineAtStart {
  load: number;
  firstTouchUs: number;
}

/** The 1-minute load average now. */
export const loadAverageNow = () => Math.round((os.loadavg()[0] ?? 0) * 100) / 100;

export function machineAtStart(): MachineAtStart {
  return { load: loadAverageNow(), firstTouchUs: firstTouchUsPerPage() };
}

/** The machine the figures come from: they mean little without it. */
export function describeMachine(chromiumVersion: string, start: MachineAtStart): Machine {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    chromium: chromiumVersion,
    loadAverage: { start: start.load, end: loadAverageNow() },
    firstTouchUs: { start: start.firstTouchUs, end: firstTouchUsPerPage() },
  };
}
