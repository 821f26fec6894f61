CREATE TABLE dbo.TensorAtomCoefficient (TensorAtomId BIGINT NOT NULL PRIMARY KEY,
    Coefficient FLOAT NULL -- the weight value
);
