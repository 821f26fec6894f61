CREATE TABLE dbo.TensorAtom (TensorAtomId BIGINT NOT NULL PRIMARY KEY, ImportanceScore REAL NULL);
