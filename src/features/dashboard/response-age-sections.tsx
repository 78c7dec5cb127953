import type { Figure } from '../../domain/dashboard/figure';
import type { AgeBucket } from '../../domain/dashboard/open-age';
import { AGE_BUCKETS } from '../../domain/dashboard/open-age';
import type { ResponseFigures } from '../../domain/dashboard/response-figures';
import { RESPONSES } from '../../domain/response';
import { useI18n } from '../../i18n/i18n-context';
import { CountTable } from './count-table';
import { DashboardSection } from './dashboard-section';

export function ResponseSection({ byResponse }: { byResponse: ResponseFigures }) {
  const { t } = useI18n();
  return (
    <DashboardSection title={t('dashboard.responses.title')}>
      <CountTable
        keyHeader={t('dashboard.responses.response')}
        countHeader={t('dashboard.recommendations')}
        rows={RESPONSES.map((response) => ({
          key: response,
          label: t(`response.${response}`),
          figure: byResponse[response],
        }))}
      />
    </DashboardSection>
  );
}

export function AgeSection({ openAge }: { openAge: Record<AgeBucket, Figure> }) {
  const { t } = useI18n();
  return (
    <DashboardSection title={t('dashboard.age.title')}>
      <CountTable
        keyHeader={t('dashboard.age.bucket')}
        countHeader={t('dashboard.open')}
        rows={AGE_BUCKETS.map((bucket) => ({
          key: bucket,
          label: t(`dashboard.age.${bucket}`),
          figure: openAge[bucket],
        }))}
      />
    </DashboardSection>
  );
}
