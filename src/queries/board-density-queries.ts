import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DeviceSettings } from '../repositories/device-settings-repository';
import { deviceKeys } from './query-keys';
import { useRepositories } from './repositories-context';
import { useDeviceSettings } from './settings-queries';

export type BoardDensity = DeviceSettings['boardDensity'];

/** The board's card density on this device (read with the start-up settings, so no flash). */
export function useBoardDensity(): BoardDensity {
  return useDeviceSettings().data?.boardDensity ?? 'comfortable';
}

/** Remembers the density on this device; the screen follows at once, before the write lands. */
export function useSetBoardDensity() {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (density: BoardDensity) => repositories.deviceSettings.set('boardDensity', density),
    onMutate: (density: BoardDensity) => {
      queryClient.setQueryData<DeviceSettings>(deviceKeys.settings, (settings) =>
        settings ? { ...settings, boardDensity: density } : settings,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: deviceKeys.settings }),
  });
}
