import type { DeviceSettings } from '../repositories/device-settings-repository';
import { useDeviceSettings, useSetDeviceSetting } from './settings-queries';

export type BoardDensity = DeviceSettings['boardDensity'];

/** The board's card density on this device (read with the start-up settings, so no flash). */
export function useBoardDensity(): BoardDensity {
  return useDeviceSettings().data?.boardDensity ?? 'comfortable';
}

/** Remembers the density on this device; the screen follows at once, before the write lands. */
export function useSetBoardDensity() {
  return useSetDeviceSetting('boardDensity');
}
