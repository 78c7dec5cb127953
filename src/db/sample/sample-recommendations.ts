/*
 * All sample recommendations, from the four seed documents in shared/seeds: 000 (2017 TWG
 * meeting), 002 (2020 workshop), 003 and 001 (BDUNNM meetings, 2022–2023).
 */
import { SAMPLE_RECOMMENDATIONS_2017_TWG } from './sample-recommendations-2017-twg';
import { SAMPLE_RECOMMENDATIONS_2020_OPEN_DISCUSSION } from './sample-recommendations-2020-open-discussion';
import { SAMPLE_RECOMMENDATIONS_2020_SPEAKERS } from './sample-recommendations-2020-speakers';
import { SAMPLE_RECOMMENDATIONS_BDUNNM } from './sample-recommendations-bdunnm';
import type { SampleRecommendation } from './sample-types';

export const SAMPLE_RECOMMENDATIONS: readonly SampleRecommendation[] = [
  ...SAMPLE_RECOMMENDATIONS_2017_TWG,
  ...SAMPLE_RECOMMENDATIONS_2020_SPEAKERS,
  ...SAMPLE_RECOMMENDATIONS_2020_OPEN_DISCUSSION,
  ...SAMPLE_RECOMMENDATIONS_BDUNNM,
];
