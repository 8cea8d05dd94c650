import type {
  AmendmentView, FrameworkSummaryView, MeasurementSummaryView, ScoreView, VersionSummaryView,
} from '../../common/competence-view.js';
import type {
  CompetenceAmendment, CompetenceFramework, CompetenceFrameworkVersion, CompetenceMeasurement,
  CompetenceScore,
} from '../entities/index.js';

/** What a framework is, as every list of frameworks shows it: the staff's and the employee's. */
export function frameworkIdentityView(
  framework: CompetenceFramework,
): Pick<FrameworkSummaryView, 'id' | 'name' | 'description' | 'language' | 'source'> {
  return {
    id: framework.id,
    name: framework.name,
    description: framework.description ?? null,
    language: framework.language,
    source: {
      ready: framework.ready ?? null,
      attribution: framework.attribution ?? null,
      licence: framework.licence ?? null,
    },
  };
}

export function frameworkSummaryView(
  framework: CompetenceFramework,
  current: CompetenceFrameworkVersion,
): FrameworkSummaryView {
  return {
    ...frameworkIdentityView(framework),
    currentVersion: framework.currentVersion,
    currentVersionId: current.id,
    updatedAt: framework.updatedAt.toISOString(),
  };
}

export function versionSummaryView(
  version: CompetenceFrameworkVersion,
  measurements: number,
): VersionSummaryView {
  return {
    id: version.id, frameworkId: version.framework.id, number: version.number,
    createdAt: version.createdAt.toISOString(), measurements,
  };
}

export function measurementSummaryView(m: CompetenceMeasurement): MeasurementSummaryView {
  return {
    id: m.id,
    personId: m.person.id,
    frameworkId: m.framework.id,
    versionId: m.version.id,
    versionNumber: m.version.number,
    date: m.date,
    assessorId: m.assessor?.id ?? null,
    kind: m.kind,
    perspective: m.perspective,
    status: m.status,
    finalisedAt: m.finalisedAt?.toISOString() ?? null,
    sharedAt: m.sharedAt?.toISOString() ?? null,
  };
}

export function scoreView(score: CompetenceScore): ScoreView {
  return {
    indicatorKey: score.indicatorKey,
    competenceKey: score.competenceKey,
    value: score.value ?? null,
    notObserved: score.notObserved,
    note: score.note ?? null,
  };
}

export function amendmentView(amendment: CompetenceAmendment): AmendmentView {
  return {
    id: amendment.id,
    reason: amendment.reason,
    authorId: amendment.author?.id ?? null,
    createdAt: amendment.createdAt.toISOString(),
    changes: amendment.changes,
  };
}
