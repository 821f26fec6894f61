CREATE TABLE dbo.TensorAtomCoefficient (TensorAtomId BIGINT NOT NULL PRIMARY KEY,
    Coefficient REAL NULL -- DEPRECATED: the coefficient is the atom
);
