import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { snapshotFileName } from '../domain/snapshot';
import { downloadText } from '../lib/download';
import { requestPersistentStorage } from '../lib/persistent-storage';
import { readStorageStatus } from '../lib/storage-estimate';
import type { DeviceSettingKey, DeviceSettings } from '../repositories/device-settings-repository';
import type { Repositories } from '../repositories/repositories';
import { deviceKeys } from './query-keys';
import { useRepositories } from './repositories-context';

export function deviceSettingsQuery(repositories: Repositories) {
  return queryOptions({
    queryKey: deviceKeys.settings,
    queryFn: () => repositories.deviceSettings.getAll(),
  });
}

export function useDeviceSettings() {
  return useQuery(deviceSettingsQuery(useRepositories()));
}

export function useSetBackupReminderDays() {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (days: number) => repositories.deviceSettings.set('backupReminderDays', days),
    onSettled: () => queryClient.invalidateQueries({ queryKey: deviceKeys.settings }),
  });
}

/**
 * Remembers one setting of this device; the screen follows at once, before the write lands
 * (a choice the person makes with a click: the density, the shortcuts).
 */
export function useSetDeviceSetting<K extends DeviceSettingKey>(key: K) {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (value: DeviceSettings[K]) => repositories.deviceSettings.set(key, value),
    onMutate: (value: DeviceSettings[K]) => {
      queryClient.setQueryData<DeviceSettings>(deviceKeys.settings, (settings) =>
        settings ? { ...settings, [key]: value } : settings,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: deviceKeys.settings }),
  });
}

export function useStorageStatus() {
  return useQuery({ queryKey: deviceKeys.storage, queryFn: readStorageStatus });
}

export function useRequestPersistence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestPersistentStorage,
    onSettled: () => queryClient.invalidateQueries({ queryKey: deviceKeys.storage }),
  });
}

/** Writes the full JSON backup to a file and remembers when. */
export async function downloadBackup(repositories: Repositories): Promise<void> {
  const snapshot = await repositories.backup.exportSnapshot();
  downloadText(snapshotFileName(snapshot.exportedAt), JSON.stringify(snapshot, null, 2));
}

export function useDownloadBackup() {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => downloadBackup(repositories),
    onSettled: () => queryClient.invalidateQueries({ queryKey: deviceKeys.settings }),
  });
}
