import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useRepositories } from '../../queries/repositories-context';
import { deviceSettingsQuery, useDeviceSettings } from '../../queries/settings-queries';
import { shownColumns, type TableColumnId } from './table-columns';

/**
 * The columns the table shows, remembered on this device (device settings: never synced,
 * never in a backup). A choice shows at once; the stored value follows.
 */
export function useTableColumns(): [TableColumnId[], (columns: TableColumnId[]) => void] {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  const { data } = useDeviceSettings();
  const settingsKey = deviceSettingsQuery(repositories).queryKey;
  const stored = data?.tableColumns ?? null;
  const columns = useMemo(() => shownColumns(stored), [stored]);
  const { mutate } = useMutation({
    mutationFn: (next: TableColumnId[]) => repositories.deviceSettings.set('tableColumns', next),
    onMutate: (next) => {
      queryClient.setQueryData(settingsKey, (settings) =>
        settings ? { ...settings, tableColumns: next } : settings,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: settingsKey }),
  });
  return [columns, mutate];
}
