import { useMemo } from 'react';
import { useDeviceSettings, useSetDeviceSetting } from '../../queries/settings-queries';
import { shownColumns, type TableColumnId } from './table-columns';

/**
 * The columns the table shows, remembered on this device (device settings: never synced,
 * never in a backup). A choice shows at once; the stored value follows.
 */
export function useTableColumns(): [TableColumnId[], (columns: TableColumnId[]) => void] {
  const { data } = useDeviceSettings();
  const stored = data?.tableColumns ?? null;
  const columns = useMemo(() => shownColumns(stored), [stored]);
  const { mutate } = useSetDeviceSetting('tableColumns');
  return [columns, mutate];
}
