import { markRaw, type Component } from 'vue';

/**
 * What draws a tab of the person page. A plugin's tab shows only when GET /api/session lists a
 * dossier section with the same id: the server decides (plugin enabled, permission held,
 * visible to employees), the layer only brings the component.
 */
export interface DossierTab {
  /** The id of the server's dossier section; `core` for the core's own tab. */
  id: string;
  /** `core` or the plugin id. */
  pluginId: string;
  /** The core's label; a plugin's tab takes the section's label key. */
  labelKey?: string;
  /** @default 100 */
  order?: number;
  /** Gets the prop `person` (PersonDto). */
  component: Component;
}

const tabs: DossierTab[] = [];

/**
 * Adds a tab to the person page. A plugin layer calls it from a Nuxt plugin of its own
 * (see plugins/reminders/web/app/plugins); registering the same id twice keeps the first.
 */
export function registerDossierTab(tab: DossierTab): void {
  if (tabs.some((existing) => existing.id === tab.id)) return;
  tabs.push({ ...tab, component: markRaw(tab.component) });
  tabs.sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
}

export function registeredDossierTabs(): readonly DossierTab[] {
  return tabs;
}
