CREATE TABLE dbo.CodeAtom (CodeAtomId BIGINT NOT NULL PRIMARY KEY, EmbeddingVector VECTOR(1536) NULL);
CREATE VECTOR INDEX VIX_CodeAtom_EmbeddingVector ON dbo.CodeAtom (EmbeddingVector) WITH (METRIC = 'cosine', TYPE = 'diskann');
