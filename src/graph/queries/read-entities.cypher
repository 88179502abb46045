// Read entities: every entity node with its labels, properties and what each article said of it (MENTIONS).
// Parameters: $labels :: LIST<STRING> (entity labels to read, e.g. ['Person', 'Country', ...]).
// A MENTIONS holds the indexes of the sentences naming the entity; their text is on the Article (`sentences`).
MATCH (n)
WHERE n.id IS NOT NULL AND any(label IN labels(n) WHERE label IN $labels)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
       COLLECT { MATCH (a:Article)-[m:MENTIONS]->(n)
                 RETURN {doc: a.id, evidence: [i IN coalesce(m.evidenceSentence, []) | {doc: a.id, sentence: i, text: a.sentences[i]}]} } AS mentions
