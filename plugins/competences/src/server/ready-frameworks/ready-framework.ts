import type { FrameworkLanguage } from '../../common/competence-permissions.js';
import type { FrameworkContent, FrameworkSource } from '../../common/framework-content.js';

/** A framework as adopting it creates it. */
export interface ReadyFramework {
  name: string;
  description: string;
  language: FrameworkLanguage;
  source: FrameworkSource;
  content: FrameworkContent;
}
