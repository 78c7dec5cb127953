/** Recboard keeps one board today; its id is fixed so every device agrees on it. */
export const DEFAULT_BOARD_ID = '01900000-0000-7000-8000-000000000001';
