import { expect } from 'chai';
import { startTestApp, TestClient, testDatabaseKind, type TestApp } from '../src/testing/index.js';

interface Operation {
  parameters: Array<{ name: string; in: string; schema: { format?: string } }>;
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
}

describe(`The OpenAPI document's parameters and answers (${testDatabaseKind()})`, () => {
  let test: TestApp;
  let paths: Record<string, Record<string, Operation>>;

  before(async () => {
    test = await startTestApp();
    const document = await new TestClient(test.url).get('/api/docs/openapi.json');
    paths = document.body.paths;
    expect(document.body.components.schemas.Problem.required).to.include('code');
  });
  after(async () => {
    await test?.close();
  });

  const pathParam = (path: string, method: string, name: string) =>
    paths[path]![method]!.parameters.find((p) => p.in === 'path' && p.name === name)!;

  it('should call only the ids of rows uuids', () => {
    expect(pathParam('/api/people/{id}', 'get', 'id').schema.format).to.equal('uuid');
    expect(pathParam('/api/admin/plugins/{id}', 'put', 'id').schema.format).to.equal(undefined);
    expect(pathParam('/api/admin/roles/{role}', 'put', 'role').schema.format).to.equal(undefined);
  });

  it('should document the problems the pipeline answers, as problem+json', () => {
    const patch = paths['/api/people/{id}']!.patch!.responses;

    expect(Object.keys(patch)).to.include.members(['200', '400', '401', '403', '404']);
    const problem = patch['404']!.content!['application/problem+json']!.schema!.$ref;
    expect(problem).to.equal('#/components/schemas/Problem');
    expect(Object.keys(paths['/api/auth/login']!.post!.responses)).to.not.include('401');
  });
});
