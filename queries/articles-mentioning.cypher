// Articles mentioning an entity
// Pages and teasers that mention the person, country, organisation, event or place, newest first.
// @param entity name e.g. "Singapour": the entity's name, alias, code or id
MATCH (n:Entity) WHERE ($entity IN n.keys OR n.name = $entity)
MATCH (a:Article)-[m:MENTIONS]->(n)
RETURN a.title AS title, a.kind AS kind, a.published AS published, a.location AS location,
       m.evidenceCount AS mentions, a.sentences[m.evidenceSentence[0]] AS firstSentence
ORDER BY coalesce(published, '') DESC, title;
