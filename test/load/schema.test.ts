// Schema application: only what is missing is created, what the file drops is dropped, and a database already in
// shape gets no statement at all beyond the look-ups.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Driver } from 'neo4j-driver';
import { applySchema, readSchemaStatements, schemaTarget } from '../../src/load/schema.js';
import { DATABASE, connect } from './helpers.js';

test('every statement of schema.cypher names the index or constraint it creates or drops', () => {
  const targets = readSchemaStatements().map((s) => [s, schemaTarget(s)] as const);
  for (const [statement, target] of targets) assert.ok(target, `no target read from: ${statement}`);
  assert.deepEqual(schemaTarget('CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE'),
    { action: 'create', name: 'entity_id' });
  assert.deepEqual(schemaTarget('CREATE FULLTEXT INDEX entity_names IF NOT EXISTS\nFOR (n:Person) ON EACH [n.name]'),
    { action: 'create', name: 'entity_names' });
  assert.deepEqual(schemaTarget('DROP CONSTRAINT person_id IF EXISTS'), { action: 'drop', name: 'person_id' });
  assert.equal(schemaTarget('CALL db.awaitIndexes(300)'), undefined);
});

let driver: Driver;
before(async () => { driver = await connect(); });
after(async () => { await driver?.close(); });

async function names(): Promise<Set<string>> {
  const indexes = await driver.executeQuery('SHOW INDEXES YIELD name RETURN name', {}, { database: DATABASE });
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name', {}, { database: DATABASE });
  return new Set([...indexes.records, ...constraints.records].map((r) => r.get('name') as string));
}

test('applySchema recreates a missing index and drops a constraint the file drops', async () => {
  await applySchema(driver, DATABASE);
  await driver.executeQuery('DROP INDEX met_source IF EXISTS', {}, { database: DATABASE });
  await driver.executeQuery('CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE', {}, { database: DATABASE });
  const before = await names();
  assert.ok(!before.has('met_source') && before.has('person_id'));

  await applySchema(driver, DATABASE);
  const afterApply = await names();
  assert.ok(afterApply.has('met_source'), 'the dropped index is back');
  assert.ok(!afterApply.has('person_id'), 'the constraint schema.cypher drops is gone');
  for (const statement of readSchemaStatements()) {
    const target = schemaTarget(statement)!;
    assert.equal(afterApply.has(target.name), target.action === 'create', `${target.action} ${target.name}`);
  }
});

test('applySchema rebuilds a full-text index whose settings differ from the file', async () => {
  await applySchema(driver, DATABASE);
  await driver.executeQuery('DROP INDEX entity_names IF EXISTS', {}, { database: DATABASE });
  await driver.executeQuery('CREATE FULLTEXT INDEX entity_names FOR (n:Person) ON EACH [n.name]', {}, { database: DATABASE });
  await applySchema(driver, DATABASE);
  const result = await driver.executeQuery(
    "SHOW FULLTEXT INDEXES YIELD name, options, labelsOrTypes WHERE name = 'entity_names' RETURN options, labelsOrTypes",
    {}, { database: DATABASE });
  const options = result.records[0]!.get('options') as { indexConfig: Record<string, unknown> };
  assert.equal(options.indexConfig['fulltext.eventually_consistent'], true);
  assert.ok((result.records[0]!.get('labelsOrTypes') as string[]).includes('Organisation'));
});
