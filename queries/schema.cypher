// Entente graph schema: uniqueness constraints on stable ids, lookup indexes and the full-text name index.
// Applied by `entente schema` and before every `entente ingest`; every statement is idempotent (IF [NOT] EXISTS).
// Statements end with a semicolon; lines starting with // are comments.

// Every entity node carries `Entity` plus its own label; ids are namespaced (person:, country:, org:, event:, place:, office:, rank:).
// Look an entity up by id through `Entity`: MATCH (n:Entity {id: 'person:nguyen-hoa-binh'}).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
// One constraint per label repeated entity_id and cost every new node a second index entry (a first ingest ran
// 15-30 % slower with them, bench/load-statements.ts at 10×); databases made by older versions lose them here.
DROP CONSTRAINT person_id IF EXISTS;
DROP CONSTRAINT country_id IF EXISTS;
DROP CONSTRAINT organisation_id IF EXISTS;
DROP CONSTRAINT event_id IF EXISTS;
DROP CONSTRAINT place_id IF EXISTS;
DROP CONSTRAINT office_id IF EXISTS;
DROP CONSTRAINT rank_id IF EXISTS;

// Evidence text is stored once: each Article holds `sentences` (item i is sentence i's text, "" for a sentence no
// fact or mention cites). Fact relationships hold coordinates only, in one string `evidenceRefs`:
// "doc|sentence|start|end|rule;..." (doc id, sentence index in that doc, offsets in the raw source file, rule id), e.g.
//   UNWIND split(r.evidenceRefs, ';') AS ref WITH r, split(ref, '|') AS f
//   MATCH (a:Article {id: f[0]}) RETURN a.sentences[toInteger(f[1])] AS sentence, f[4] AS rule
// MENTIONS hold `evidenceSentence`, the indexes of the first sentences of the article that name the entity.

// Re-ingest finds an input file's articles by location and compares sourceHash and rulesVersion.
CREATE INDEX article_location IF NOT EXISTS FOR (a:Article) ON (a.location);
CREATE INDEX country_code IF NOT EXISTS FOR (n:Country) ON (n.code);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.dateIso);
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type);
// Entities whose aggregates (sourceCount, aliases, keys...) wait to be recomputed at the end of an ingest.
CREATE INDEX pending_id IF NOT EXISTS FOR (n:Pending) ON (n.id);

// Re-ingest deletes a file's facts by their `source` (the file's location): one relationship index per type.
CREATE INDEX met_source IF NOT EXISTS FOR ()-[r:MET]-() ON (r.source);
CREATE INDEX cooperates_with_source IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.source);
CREATE INDEX attended_source IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.source);
CREATE INDEX co_chaired_source IF NOT EXISTS FOR ()-[r:CO_CHAIRED]-() ON (r.source);
CREATE INDEX hosted_source IF NOT EXISTS FOR ()-[r:HOSTED]-() ON (r.source);
CREATE INDEX organised_source IF NOT EXISTS FOR ()-[r:ORGANISED]-() ON (r.source);
CREATE INDEX held_in_source IF NOT EXISTS FOR ()-[r:HELD_IN]-() ON (r.source);
CREATE INDEX holds_position_source IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.source);
CREATE INDEX has_rank_source IF NOT EXISTS FOR ()-[r:HAS_RANK]-() ON (r.source);
CREATE INDEX represents_source IF NOT EXISTS FOR ()-[r:REPRESENTS]-() ON (r.source);
CREATE INDEX member_of_source IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.source);

// Full-text search over names and aliases (aliases are a string list): CALL db.index.fulltext.queryNodes('entity_names', 'Binh~').
// Eventually consistent: Lucene is updated after each commit rather than inside it, so loads do not wait on it; an
// ingest run ends by waiting for the index to catch up (db.index.fulltext.awaitEventuallyConsistentIndexRefresh).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Country|Organisation|Event|Place|Office|Rank) ON EACH [n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.eventually_consistent`: true } };
