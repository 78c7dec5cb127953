import { type DefaultColumnKey, defaultColumnId } from '../../domain/default-columns';
import { ranksBetween } from '../../domain/ordering';
import { type Recommendation, RecommendationSchema } from '../../domain/recommendation';
import { type Workshop, WorkshopSchema } from '../../domain/workshop';
import { SAMPLE_RECOMMENDATIONS } from './sample-recommendations';
import type { SampleRecommendation } from './sample-types';
import { SAMPLE_WORKSHOPS } from './sample-workshops';

export interface SampleBoardRows {
  workshops: Workshop[];
  recommendations: Recommendation[];
}

/**
 * The sample board's rows, validated with the domain schemas: a mistake in the hand-written
 * sample fails here (and in its unit test), never as a half-written database.
 */
export function buildSampleBoard(boardId: string, at: string): SampleBoardRows {
  const meta = { boardId, createdAt: at, updatedAt: at, deletedAt: null };
  const workshops = SAMPLE_WORKSHOPS.map((w) => WorkshopSchema.parse({ ...w, ...meta }));

  // Map.groupBy is missing on Node 20, where the unit tests run.
  const byColumn = new Map<DefaultColumnKey, SampleRecommendation[]>();
  for (const rec of SAMPLE_RECOMMENDATIONS) {
    byColumn.set(rec.column, [...(byColumn.get(rec.column) ?? []), rec]);
  }
  const recommendations: Recommendation[] = [];
  for (const [columnKey, recs] of byColumn) {
    const ranks = ranksBetween(null, null, recs.length);
    recs.forEach(({ column: _column, ...rec }, index) => {
      recommendations.push(
        RecommendationSchema.parse({
          ...rec,
          ...meta,
          columnId: defaultColumnId(columnKey),
          rank: ranks[index],
          sourceLocator: '',
          dueDate: null,
          archivedAt: null,
        }),
      );
    });
  }

  return { workshops, recommendations };
}
