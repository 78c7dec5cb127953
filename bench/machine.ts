import os from 'node:os';

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
}

/** The 1-minute load average now. */
export const loadAverageNow = () => Math.round((os.loadavg()[0] ?? 0) * 100) / 100;

/** The machine the figures come from: they mean little without it. */
export function describeMachine(chromiumVersion: string, startLoad: number): Machine {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    chromium: chromiumVersion,
    loadAverage: { start: startLoad, end: loadAverageNow() },
  };
}
