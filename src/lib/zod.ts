import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/*
 * The one place the app gets zod from. It is zod/mini: functions instead of methods, so the
 * schemas are tree-shaken and cheaper to build, and zod is half the code it was in classic
 * form, all of it evaluated before the database can start opening (decision 010).
 * Mini ships no messages; the English ones keep a corrupt row's report legible. People never
 * read them: forms and imports word their own messages from the issue codes, through i18n.
 */
z.config(en());

export { z };
