/** Changing this name wipes users' data: the browser would open a new, empty database. */
export const DATABASE_NAME = 'recboard';
