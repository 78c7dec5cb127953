import type { RecboardDatabase } from '../db/database';
import { z } from '../lib/zod';

/** Settings of this device only (never synced, never in a backup), each with its schema. */
const DEVICE_SETTINGS = {
  lastBackupAt: z.nullable(z.iso.datetime({ offset: true })),
  backupReminderDays: z.int().check(z.gte(1), z.lte(365)),
  /** CSV column → field mappings the person chose, by the file's set of headers. */
  csvMappings: z.record(z.string(), z.record(z.string(), z.string())),
  /** The table view's shown columns, in order; null: the table's defaults. */
  tableColumns: z.nullable(z.array(z.string())),
  /** How roomy the board's cards are on this screen (a projector, a laptop, a phone). */
  boardDensity: z.enum(['comfortable', 'compact']),
  /**
   * Whether the board's one-key shortcuts (/ n t ?) act: off for speech input or a keyboard
   * pressed by accident (WCAG 2.1.4). Keys on a focused card and Ctrl shortcuts stay.
   */
  singleKeyShortcuts: z.boolean(),
};
const DEFAULTS: DeviceSettings = {
  lastBackupAt: null,
  backupReminderDays: 14,
  csvMappings: {},
  tableColumns: null,
  boardDensity: 'comfortable',
  singleKeyShortcuts: true,
};

export type DeviceSettings = {
  [K in keyof typeof DEVICE_SETTINGS]: z.output<(typeof DEVICE_SETTINGS)[K]>;
};
export type DeviceSettingKey = keyof DeviceSettings;

export function createDeviceSettingsRepository(db: RecboardDatabase) {
  return {
    /** All settings, a stored value that no longer parses falling back to its default. */
    async getAll(): Promise<DeviceSettings> {
      const rows = await db.deviceMeta.bulkGet(Object.keys(DEVICE_SETTINGS));
      const settings: DeviceSettings = { ...DEFAULTS };
      for (const row of rows) {
        if (!row || !(row.key in DEVICE_SETTINGS)) continue;
        const key = row.key as DeviceSettingKey;
        const parsed = DEVICE_SETTINGS[key].safeParse(row.value);
        if (parsed.success) Object.assign(settings, { [key]: parsed.data });
      }
      return settings;
    },

    async set<K extends DeviceSettingKey>(key: K, value: DeviceSettings[K]): Promise<void> {
      await db.deviceMeta.put({ key, value: DEVICE_SETTINGS[key].parse(value) });
    },
  };
}
