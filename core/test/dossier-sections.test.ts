import { expect } from 'chai';
import { ContainerModule, injectable } from 'inversify';
import {
  createTenantFixture, startTestApp, testDatabaseKind, type TenantFixture, type TestApp,
} from '../src/testing/index.js';
import { definePlugin } from '../src/server/plugins/plugin-definition.js';
import { bindContribution } from '../src/server/plugins/bind-contribution.js';
import {
  DossierSectionContribution, type DossierSection,
} from '../src/server/plugins/extension-points.js';

@injectable()
class ProbeSections implements DossierSectionContribution {
  readonly pluginId = 'section-probe';

  sections(): DossierSection[] {
    return [
      { id: 'schedule', labelKey: 'probe.schedule', visibleToEmployee: true, order: 20 },
      { id: 'health', labelKey: 'probe.health', visibleToEmployee: false, order: 10,
        permission: 'accounts.manage' },
      { id: 'notes', labelKey: 'probe.notes', visibleToEmployee: false, order: 30 },
    ];
  }
}

const probe = definePlugin({
  id: 'section-probe', version: '0.0.1', labelNl: 'Proef', labelEn: 'Probe',
  module: new ContainerModule((options) => {
    bindContribution(options, ProbeSections, [DossierSectionContribution]);
  }),
});

const sectionIds = async (fixture: TenantFixture, role: 'admin' | 'staff' | 'employee') => {
  const session = await (await fixture.client(role)).get('/api/session');
  return (session.body.dossierSections as DossierSection[]).map((section) => section.id);
};

describe(`Dossier sections in the session (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let on: TenantFixture;
  let off: TenantFixture;

  before(async () => {
    test = await startTestApp({ plugins: [probe] });
    on = await createTenantFixture(test, { slug: 'atelier-noord', plugins: ['section-probe'] });
    off = await createTenantFixture(test, { slug: 'kringloop-zuid', plugins: [] });
  });
  after(async () => {
    await test?.close();
  });

  it('should list the sections a role may see, in their order', async () => {
    expect(await sectionIds(on, 'admin')).to.deep.equal(['health', 'schedule', 'notes']);
    expect(await sectionIds(on, 'staff')).to.deep.equal(['schedule', 'notes']);
  });

  it('should give an employee only the sections marked visible to employees', async () => {
    expect(await sectionIds(on, 'employee')).to.deep.equal(['schedule']);
  });

  it('should list nothing of a plugin the tenant has not enabled', async () => {
    expect(await sectionIds(off, 'admin')).to.deep.equal([]);
  });
});
