import { CompetenceAmendment } from './competence-amendment.js';
import { CompetenceCycle } from './competence-cycle.js';
import { CompetenceFramework } from './competence-framework.js';
import { CompetenceFrameworkVersion } from './competence-framework-version.js';
import { CompetenceMeasurement } from './competence-measurement.js';
import { CompetenceScore } from './competence-score.js';

/** Every entity of the plugin, for its definition. */
export const COMPETENCE_ENTITIES = [
  CompetenceFramework, CompetenceFrameworkVersion, CompetenceMeasurement, CompetenceScore,
  CompetenceAmendment, CompetenceCycle,
];

export {
  CompetenceAmendment, CompetenceCycle, CompetenceFramework, CompetenceFrameworkVersion,
  CompetenceMeasurement, CompetenceScore,
};
export type { AmendedAnswer } from './competence-amendment.js';
