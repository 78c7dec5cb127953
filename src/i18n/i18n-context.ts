import { createContext, useContext } from 'react';
import { createI18n, type I18n } from './create-i18n';

export { createI18n, type I18n } from './create-i18n';

export const I18nContext = createContext<I18n>(createI18n('en'));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
