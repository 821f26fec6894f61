CREATE TABLE dbo.TensorAtom (TensorAtomId BIGINT NOT NULL PRIMARY KEY, ImportanceScore FLOAT NULL, Flags REAL NULL);
-- Money in a 4-byte float is money-as-float's finding, not this rule's.
CREATE TABLE dbo.Refund (RefundId INT NOT NULL PRIMARY KEY, RefundAmount REAL NOT NULL);
